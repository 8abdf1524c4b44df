import { useLocation } from "preact-iso";
import type { Session } from "../auth/session";
import { label, userRoleNames } from "../labels";

/**
 * Said on an edit page to someone who may not edit there, with the way to sign in (again). `action` completes
 * "Meld u aan om …"; `reason` says who may.
 */
export function SignInRequired({ user, action, reason }: { user: Session | null; action: string; reason: string }) {
  const { url } = useLocation();
  return (
    <div class="notice notice-error" role="alert" data-testid="not-allowed">
      <p>{user ? `U bent aangemeld als ${user.name} (${label(userRoleNames, user.role)}). ${reason}` : `Meld u aan om ${action}. ${reason}`}</p>
      <p>
        <a href={`/aanmelden?terug=${encodeURIComponent(url)}`}>{user ? "Aanmelden met een andere rol" : "Aanmelden"}</a>
      </p>
    </div>
  );
}
