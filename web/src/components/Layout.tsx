import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { useLocation } from "preact-iso";
import { useSession } from "../auth/useSession";
import { signOutEverywhere } from "../auth/oidc";
import { label, userRoleNames } from "../labels";

const sections = [
  { href: "/", label: "Programma" },
  { href: "/wijken", label: "Wijken" },
  { href: "/maatregelen", label: "Maatregelen" },
  { href: "/partners", label: "Partners" },
  { href: "/indicatoren", label: "Indicatoren" },
  { href: "/verslagen", label: "Verslagen" },
  { href: "/rapportages", label: "Rapportages" },
  { href: "/import", label: "Import" },
];

function isCurrent(path: string, href: string): boolean {
  return href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`);
}

export function Layout({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  const user = useSession();

  // Moving to another page puts focus on its content, so keyboard and screen-reader users start there
  // instead of on the link they followed; the first page of a visit starts at the top as usual.
  const firstPage = useRef(true);
  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    document.getElementById("main")?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [path]);

  return (
    <>
      <a class="skip-link" href="#main">
        Naar de inhoud
      </a>
      <header class="site-header">
        <a class="brand" href="/">
          NPLV Groningen-Noord
        </a>
        <nav aria-label="Hoofdmenu">
          <ul>
            {sections.map((section) => (
              <li key={section.href}>
                <a href={section.href} aria-current={isCurrent(path, section.href) ? "page" : undefined}>
                  {section.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="account">
          {user ? (
            <>
              <span>
                <span data-testid="signed-in-as">{user.name}</span>{" "}
                <span class="account-role" data-testid="signed-in-role">
                  ({label(userRoleNames, user.role)})
                </span>
              </span>
              <button type="button" class="link-button" onClick={() => void signOutEverywhere()}>
                Afmelden
              </button>
            </>
          ) : (
            <a href={`/aanmelden?terug=${encodeURIComponent(path)}`}>Aanmelden</a>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer class="site-footer">
        <p>
          Nationaal Programma Leefbaarheid en Veiligheid: Groningen-Noord. Cijfers met hun bron; de API staat op{" "}
          <a href="/scalar">/scalar</a>.
        </p>
      </footer>
    </>
  );
}
