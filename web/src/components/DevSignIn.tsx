import { useEffect, useState } from "preact/hooks";
import { ApiError, request } from "../api/client";
import type { DevelopmentToken, Page, Partner } from "../api/types";
import { useApi } from "../api/useApi";
import { signIn } from "../auth/session";
import { userRoleNames } from "../labels";

type Availability = "checking" | "available" | "unavailable";

/**
 * Signing in with a token the gateway issues itself, which it only does in local runs (Development). Elsewhere
 * POST /dev/tokens answers 404 and this part says so instead.
 */
export function DevSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [availability, setAvailability] = useState<Availability>("checking");
  const [role, setRole] = useState("programme-office");
  const [partnerId, setPartnerId] = useState("");
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const partners = useApi<Page<Partner>>(availability === "available" && role === "partner-editor" ? "/api/v1/partners?pageSize=200" : null);

  // Asks for an already expired token, which is of no use to anyone: answered where tokens are issued, 404 elsewhere.
  useEffect(() => {
    request("/dev/tokens", { method: "POST", json: { role: "programme-office", lifetimeSeconds: -60 } }).then(
      () => setAvailability("available"),
      (e: unknown) => setAvailability(e instanceof ApiError && (e.status === 404 || e.status === 405) ? "unavailable" : "available"),
    );
  }, []);

  if (availability === "checking") return null;
  if (availability === "unavailable") {
    return (
      <p class="muted signin-unavailable" data-testid="signin-dev-unavailable">
        Aanmelden voor ontwikkeling kan alleen op een lokale ontwikkelomgeving. Meld u aan met een token van de
        identiteitsprovider van uw organisatie.
      </p>
    );
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (role === "partner-editor" && !partnerId) {
      setError("Kies de partner waarvoor u werkt.");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const displayName = name.trim() || `Ontwikkelaar (${userRoleNames[role]})`;
      const json = { role, partnerId: role === "partner-editor" ? partnerId : null, name: displayName };
      const { body } = await request<DevelopmentToken>("/dev/tokens", { method: "POST", json });
      signIn(body.accessToken);
      onSignedIn();
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) setAvailability("unavailable");
      else setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card signin-card" onSubmit={submit} data-testid="signin-form" aria-labelledby="signin-dev-title">
      <h2 id="signin-dev-title">Aanmelden voor ontwikkeling</h2>
      <p class="hint">De gateway maakt een token voor deze lokale omgeving. Op de echte omgeving komen tokens van de identiteitsprovider.</p>
      <div class="field">
        <label for="signin-role">Rol</label>
        <select id="signin-role" value={role} onChange={(e) => {
            setRole(e.currentTarget.value);
            setError(null);
          }} data-testid="signin-role">
          <option value="programme-office">Programmabureau</option>
          <option value="partner-editor">Partnerredacteur</option>
        </select>
      </div>
      {role === "partner-editor" && (
        <div class="field">
          <label for="signin-partner">Partner</label>
          <select id="signin-partner" value={partnerId} onChange={(e) => {
              setPartnerId(e.currentTarget.value);
              setError(null);
            }} data-testid="signin-partner" disabled={!partners.data}>
            <option value="">{partners.error ? "Partners konden niet worden geladen" : partners.data ? "Kies een partner" : "Partners laden…"}</option>
            {partners.data?.items.map((partner) => (
              <option key={partner.id} value={partner.id}>
                {partner.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="field">
        <label for="signin-name">Naam</label>
        <p class="hint" id="signin-name-hint">
          Zoals hij rechtsboven in het menu verschijnt.
        </p>
        <input id="signin-name" aria-describedby="signin-name-hint" value={name} onInput={(e) => setName(e.currentTarget.value)} autoComplete="name" data-testid="signin-name" />
      </div>
      {error && (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy} data-testid="signin-submit">
        {busy ? "Bezig met aanmelden…" : "Aanmelden"}
      </button>
    </form>
  );
}
