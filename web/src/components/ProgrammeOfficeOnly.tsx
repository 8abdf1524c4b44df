import type { ComponentChildren } from "preact";
import { useLocation } from "preact-iso";
import { isProgrammeOffice } from "../auth/session";
import { useSession } from "../auth/useSession";

/** The children for the programme office; anyone else reads why not and where to sign in, coming back here after. */
export function ProgrammeOfficeOnly({ what, children }: { what: string; children: ComponentChildren }) {
  const user = useSession();
  const { path } = useLocation();
  if (isProgrammeOffice(user)) return <>{children}</>;
  return (
    <div class="notice notice-degraded" data-testid="programme-office-only">
      <p>
        {user
          ? `U bent aangemeld als ${user.name}, maar ${what} is voorbehouden aan het programmabureau.`
          : `Alleen het programmabureau mag ${what}. Meld u aan met een account van het programmabureau.`}
      </p>
      <a class="button" href={`/aanmelden?terug=${encodeURIComponent(path)}`}>
        {user ? "Aanmelden met een ander account" : "Aanmelden"}
      </a>
    </div>
  );
}
