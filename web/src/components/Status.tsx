import type { ComponentChildren } from "preact";
import type { ApiError } from "../api/client";
import { degradedPartNames } from "../labels";

/**
 * Says which part of a page could not be loaded, in the place where that part would be. `compact` is for a part
 * repeated many times on one page (a card per theme), under one full notice elsewhere on it.
 */
export function DegradedNotice({ part, compact = false }: { part: string; compact?: boolean }) {
  const name = degradedPartNames[part] ?? part;
  return (
    <p class={compact ? "notice notice-degraded compact" : "notice notice-degraded"} role="status" data-testid="degraded" data-part={part}>
      {compact
        ? `Niet beschikbaar: ${name}.`
        : `Op dit moment zijn ${name} niet beschikbaar. De rest van de pagina is wel bijgewerkt; probeer het straks opnieuw.`}
    </p>
  );
}

/** The part, or a degraded notice when the view names it (or any of `parts`) as degraded. */
export function Part({ degraded, parts, compact, children }: { degraded: string[]; parts: string[]; compact?: boolean; children: ComponentChildren }) {
  const missing = parts.find((part) => degraded.includes(part));
  return missing ? <DegradedNotice part={missing} compact={compact} /> : <>{children}</>;
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status" aria-live="polite">
      {`${what} laden…`}
    </p>
  );
}

export function ErrorMessage({ error, retry }: { error: ApiError; retry?: () => void }) {
  const title =
    error.status === 404
      ? "Niet gevonden"
      : error.status === 0
        ? "De server is niet bereikbaar"
        : error.status >= 500
          ? "Dit kon nu niet worden geladen"
          : (error.problem.title ?? "Er ging iets mis");
  return (
    <div class="notice notice-error" role="alert" data-testid="error">
      <strong>{title}</strong>
      {error.problem.detail && <p>{error.problem.detail}</p>}
      {retry && (
        <button type="button" onClick={retry}>
          Opnieuw proberen
        </button>
      )}
    </div>
  );
}

/** Loading, error or the page itself, for pages built on one read. */
export function Await<T>({ loaded, what, children }: { loaded: { data: T | undefined; error: ApiError | undefined; reload: () => void }; what: string; children: (data: T) => ComponentChildren }) {
  if (loaded.error) return <ErrorMessage error={loaded.error} retry={loaded.reload} />;
  if (loaded.data === undefined) return <Loading what={what} />;
  return <>{children(loaded.data)}</>;
}
