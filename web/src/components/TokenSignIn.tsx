import { useState } from "preact/hooks";
import { signIn } from "../auth/session";

/** Signing in with a bearer token from the organisation's identity provider, pasted in. */
export function TokenSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [token, setToken] = useState("");
  const [error, setError] = useState<string | null>(null);

  function submit(event: Event) {
    event.preventDefault();
    try {
      signIn(token);
      setError(null);
      onSignedIn();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <form class="card signin-card" onSubmit={submit} data-testid="signin-token-form" aria-labelledby="signin-token-title">
      <h2 id="signin-token-title">Aanmelden met een token</h2>
      <div class="field">
        <label for="signin-token">Token</label>
        <p class="hint" id="signin-token-hint">
          Plak het bearer-token (een JWT) dat u van de identiteitsprovider hebt gekregen. Het blijft alleen in dit tabblad bewaard.
        </p>
        <textarea
          id="signin-token"
          rows={5}
          value={token}
          onInput={(e) => {
            setToken(e.currentTarget.value);
            setError(null);
          }}
          aria-describedby={error ? "signin-token-hint signin-token-error" : "signin-token-hint"}
          aria-invalid={error ? "true" : undefined}
          spellcheck={false}
          autoComplete="off"
          data-testid="signin-token"
        />
        {error && (
          <p class="field-error" id="signin-token-error" role="alert" data-testid="signin-token-error">
            {error}
          </p>
        )}
      </div>
      <button type="submit" class="secondary" data-testid="signin-token-submit">
        Aanmelden met dit token
      </button>
    </form>
  );
}
