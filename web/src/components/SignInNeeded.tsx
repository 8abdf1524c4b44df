import { useLocation } from "preact-iso";
import type { Session } from "../auth/session";

/** Why a form is not shown: not signed in, or signed in without the right to change this. */
/** `signedOut` asks to sign in ("Meld u aan om …"); `refused` says what this user may not do. */
export function SignInNeeded({ user, signedOut, refused }: { user: Session | null; signedOut: string; refused: string }) {
  const { path } = useLocation();
  return (
    <div class="notice notice-degraded" role="status" data-testid="sign-in-needed">
      {user ? (
        <p>{`U bent aangemeld als ${user.name}. ${refused} Dat mag het programmabureau, en de redacteur van de partner die de maatregel trekt.`}</p>
      ) : (
        <p>
          {`${signedOut} `}
          <a href={`/aanmelden?terug=${encodeURIComponent(path)}`}>Aanmelden</a>
        </p>
      )}
    </div>
  );
}
