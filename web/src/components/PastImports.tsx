import { useEffect, useState } from "preact/hooks";
import { query } from "../api/client";
import type { ImportRun } from "../api/types";
import { usePaged } from "../api/usePaged";
import { formatDateTime, formatNumber, importFormatNames, importStateNames, label } from "../labels";
import { importsAreas } from "./importMessages";
import { LoadMore } from "./LoadMore";
import { ErrorMessage, Loading } from "./Status";
import { NameOptions } from "./NameOptions";

const refreshWhileRunningMs = 2000;

/** The imports so far, newest first, each with its outcome and a link to its record; for the programme office. */
export function PastImports() {
  const [state, setState] = useState("");
  const imports = usePaged<ImportRun>(`/api/v1/imports${query({ state, pageSize: 20 })}`);
  // An import still running gets its outcome later: read the list again until none on it runs.
  const running = imports.items.some((run) => run.state === "running");
  useEffect(() => {
    if (!running || imports.error) return;
    const timer = setTimeout(imports.refresh, refreshWhileRunningMs);
    return () => clearTimeout(timer);
  }, [running, imports.items, imports.error, imports.refresh]);

  return (
    <section aria-labelledby="past-imports-title" data-testid="past-imports">
      <h2 id="past-imports-title">Eerdere imports</h2>
      <form class="filters" role="search" aria-label="Imports filteren" onSubmit={(event) => event.preventDefault()}>
        <div class="field">
          <label for="past-imports-state">Uitkomst</label>
          <select id="past-imports-state" value={state} onChange={(event) => setState(event.currentTarget.value)} data-testid="past-imports-state">
            <option value="">Alle uitkomsten</option>
            <NameOptions names={importStateNames} />
          </select>
        </div>
      </form>
      {imports.loading ? (
        <Loading what="De imports" />
      ) : imports.items.length === 0 && !imports.error ? (
        <p class="muted" data-testid="past-imports-empty">
          {state ? "Geen imports met deze uitkomst." : "Er is nog niets geïmporteerd."}
        </p>
      ) : (
        <div class="table-scroll">
          <table class="stack-table" data-testid="past-imports-table">
            <caption class="visually-hidden">Eerdere imports, de nieuwste eerst</caption>
            <thead>
              <tr>
                <th scope="col">Gestart</th>
                <th scope="col">Bron</th>
                <th scope="col">Mapping</th>
                <th scope="col">Uitkomst</th>
              </tr>
            </thead>
            <tbody>
              {imports.items.map((run) => (
                <tr key={run.id} data-id={run.id} data-state={run.state}>
                  <td data-label="Gestart">
                    <a href={`/import/${encodeURIComponent(run.id)}`}>{formatDateTime(run.startedAt) || "onbekend"}</a>
                  </td>
                  <td data-label="Bron">{sourceOf(run)}</td>
                  <td data-label="Mapping">{run.mapping ?? "geen"}</td>
                  <td data-label="Uitkomst" data-testid="past-import-outcome">
                    <span class={`import-state import-state-${run.state}`}>{label(importStateNames, run.state)}</span> {outcomeOf(run)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {imports.error && <ErrorMessage error={imports.error} retry={imports.reload} />}
      <LoadMore list={imports} what="imports" testId="past-imports-more" />
    </section>
  );
}

function sourceOf(run: ImportRun) {
  if (run.statLine) return `StatLine-tabel ${run.statLine.table}${run.statLine.title ? ` (${run.statLine.title})` : ""}`;
  return (
    <>
      {run.fileName ?? "bestand zonder naam"}
      <br />
      <span class="muted">{label(importFormatNames, run.format)}</span>
    </>
  );
}

/** The counts that matter for each outcome, shorter than on the import's own page. */
function outcomeOf(run: ImportRun): string {
  if (run.state === "running") return `${formatNumber(run.rowsRead)} rijen gelezen`;
  if (run.state === "failed") {
    const count = run.errors.length;
    return `${count === 1 ? "1 fout" : `${formatNumber(count)} fouten`}, niets geschreven`;
  }
  const counts = importsAreas(run)
    ? `${formatNumber(run.areasWritten)} gebieden toegevoegd of gewijzigd, ${formatNumber(run.areasUnchanged)} ongewijzigd`
    : `${formatNumber(run.observationsWritten)} waarnemingen toegevoegd of gewijzigd, ${formatNumber(run.observationsUnchanged)} ongewijzigd`;
  return run.warnings.length > 0 ? `${counts}; ${run.warnings.length === 1 ? "1 waarschuwing" : `${formatNumber(run.warnings.length)} waarschuwingen`}` : counts;
}
