import type { ApiError } from "../api/client";
import type { ImportRun } from "../api/types";
import { formatBytes } from "../labels";
import type { FieldErrors } from "./Form";

/** Errors for parts of a field (`mappingDocument.columns`) shown with that field, named by the part. */
export function groupFieldErrors(errors: FieldErrors, shownFields: string[]): FieldErrors {
  const grouped: FieldErrors = {};
  for (const [name, messages] of Object.entries(errors)) {
    const field = shownFields.find((f) => name.startsWith(`${f}.`));
    if (field) (grouped[field] ??= []).push(...messages.map((m) => `${name.slice(field.length + 1)}: ${m}`));
    else (grouped[name] ??= []).push(...messages);
  }
  return grouped;
}

/** The upload's own wording: nothing is saved by it, an import is started. */
export function importMessage(error: ApiError): string | null {
  switch (error.status) {
    case 0:
      return "Niet gestart: de server is niet bereikbaar. Probeer het opnieuw; hetzelfde bestand wordt dan niet twee keer ingelezen.";
    case 400:
      return Object.keys(error.fieldErrors()).length > 0
        ? "Niet gestart: verbeter de gemarkeerde velden."
        : `Niet gestart: ${error.problem.detail ?? error.problem.title ?? "het formulier is niet in orde"}`;
    case 401:
      return "Niet gestart: uw aanmelding is verlopen of ongeldig. Meld u opnieuw aan als programmabureau.";
    case 403:
      return "Niet gestart: alleen het programmabureau mag bestanden importeren.";
    case 413: {
      const limit = /at most (\d+) bytes/.exec(error.problem.detail ?? "")?.[1];
      return `Niet gestart: het bestand is te groot${limit ? ` (de grens is ${formatBytes(Number(limit))})` : ""}.`;
    }
    case 415:
      return "Niet gestart: de server kon het formulier niet lezen. Laad de pagina opnieuw en probeer het nog eens.";
    case 429:
      return `Te veel imports tegelijk, probeer het zo opnieuw${error.retryAfter ? ` (over ${error.retryAfter} seconden)` : ""}.`;
    default:
      return error.status >= 500
        ? "Niet gestart: de import, of de bron waaruit hij leest, is op dit moment niet bereikbaar. Probeer het straks opnieuw; er is niets ingelezen."
        : null;
  }
}

/** An import of a division's areas writes areas and no figures. */
export function importsAreas(run: ImportRun): boolean {
  return run.areasWritten + run.areasUnchanged > 0 && run.observationsWritten + run.observationsUnchanged === 0;
}
