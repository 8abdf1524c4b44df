import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { completeProviderSignIn } from "../auth/oidc";
import { safeReturnPath } from "../auth/returnPath";
import { usePageTitle } from "../usePageTitle";

/** Where the organisation's provider sends the browser back: the code is traded for a token, then on to the page asked for. */
export function SignInCallbackPage() {
  usePageTitle("Aanmelden");
  const { route } = useLocation();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    completeProviderSignIn().then(
      (returnPath) => route(safeReturnPath(returnPath), true),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);

  return (
    <>
      <h1>Aanmelden</h1>
      {error ? (
        <div class="notice notice-error" role="alert" data-testid="signin-callback-error">
          <p>Het aanmelden is niet gelukt: {error}</p>
          <a class="button" href="/aanmelden">
            Opnieuw aanmelden
          </a>
        </div>
      ) : (
        <p class="muted" data-testid="signin-callback">Bezig met aanmelden…</p>
      )}
    </>
  );
}
