import { useEffect, useState } from "preact/hooks";
import type { SignInProvider } from "../api/types";
import { signInOptions, startProviderSignIn } from "../auth/oidc";

/** Signing in at the organisation's provider, when the gateway names one; nothing otherwise. */
export function ProviderSignIn({ returnPath }: { returnPath: string }) {
  const [provider, setProvider] = useState<SignInProvider | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    signInOptions().then(
      (options) => setProvider(options.provider),
      () => setProvider(null),
    );
  }, []);
  if (!provider) return null;

  const start = () => {
    setLeaving(true);
    setError(null);
    startProviderSignIn(provider, returnPath).catch(() => {
      setLeaving(false);
      setError(`${provider.displayName} is nu niet bereikbaar. Probeer het later opnieuw.`);
    });
  };

  return (
    <section class="signin-option" aria-labelledby="signin-provider-title" data-testid="signin-provider">
      <h2 id="signin-provider-title">Met uw account bij {provider.displayName}</h2>
      <p>U meldt zich aan op de inlogpagina van {provider.displayName} en komt daarna hier terug.</p>
      <button type="button" onClick={start} disabled={leaving} data-testid="signin-provider-button">
        {leaving ? "Doorsturen…" : `Aanmelden bij ${provider.displayName}`}
      </button>
      {error && (
        <p class="notice notice-error" role="alert" data-testid="signin-provider-error">
          {error}
        </p>
      )}
    </section>
  );
}
