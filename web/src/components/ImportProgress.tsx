import { useEffect, useRef, useState } from "preact/hooks";
import type { ImportRun } from "../api/types";
import { formatBytes, formatDate, formatDateTime, formatDuration, formatNumber, importFormatNames, importStateNames, label, statLineCatalogNames } from "../labels";
import { ImportIssues } from "./ImportIssues";
import { TableDownload } from "./TableDownload";
import { importsAreas } from "./importMessages";

// The service reports at most this many errors and warnings each.
const mostIssues = 100;
// A screen reader hears how far the import is at most this often, and always when it ends.
const announceEveryMs = 5000;

/** How far an import is while it runs, then how it ended, with what it found. `fileSize` gives the bar its end. */
export function ImportProgress({ run, fileSize }: { run: ImportRun; fileSize: number | null }) {
  const running = run.state === "running";
  const status = running ? progressText(run, fileSize) : outcomeText(run);
  const announcement = useThrottled(status, run.state, announceEveryMs);

  return (
    <div class="import-run" data-testid="import-run" data-state={run.state}>
      <p class={`import-state import-state-${run.state}`} data-testid="import-state" data-state={run.state}>
        {label(importStateNames, run.state)}
      </p>
      <dl class="figures">
        {run.statLine ? (
          <>
            <dt>Tabel</dt>
            <dd data-testid="import-statline-table">
              {run.statLine.table}
              {run.statLine.title && ` (${run.statLine.title})`}
            </dd>
            <dt>Catalogus</dt>
            <dd>{label(statLineCatalogNames, run.statLine.catalog)}</dd>
            <dt>Tabel gewijzigd</dt>
            <dd>{run.statLine.tableModified ? formatDate(run.statLine.tableModified.slice(0, 10)) : "onbekend"}</dd>
            <dt>Opgevraagd</dt>
            <dd class="query" data-testid="import-statline-query">
              <code>{readableQuery(run.statLine.query)}</code>
            </dd>
            <dt>Pagina's gelezen</dt>
            <dd data-testid="import-statline-pages">{formatNumber(run.statLine.pages)}</dd>
          </>
        ) : (
          <>
            <dt>Bestand</dt>
            <dd>{run.fileName ?? "zonder naam"}</dd>
          </>
        )}
        <dt>Formaat</dt>
        <dd>{label(importFormatNames, run.format)}</dd>
        <dt>Mapping</dt>
        <dd>{run.mapping ?? "geen"}</dd>
        <dt>Gestart</dt>
        <dd>{formatDateTime(run.startedAt) || "onbekend"}</dd>
      </dl>

      {running && (
        <div class="import-progress">
          <label for="import-progress-bar">Voortgang van het inlezen</label>
          <progress
            id="import-progress-bar"
            data-testid="import-progress"
            {...(fileSize ? { max: fileSize, value: Math.min(run.bytesRead, fileSize) } : {})}
            aria-describedby="import-progress-text"
          />
          <p id="import-progress-text" data-testid="import-progress-text">
            {status}
          </p>
        </div>
      )}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="import-announcement">
        {announcement}
      </p>

      {run.state === "succeeded" && (
        <div class="notice notice-success" data-testid="import-outcome">
          <p>{status}</p>
        </div>
      )}
      {run.state === "failed" && (
        <div class="notice notice-error" data-testid="import-outcome">
          <p>{status}</p>
        </div>
      )}

      <h2>Tellingen</h2>
      <dl class="figures" data-testid="import-counts">
        <dt>Gelezen</dt>
        <dd>{fileSize ? `${formatBytes(run.bytesRead)} van ${formatBytes(fileSize)}` : formatBytes(run.bytesRead)}</dd>
        <dt>Rijen gelezen</dt>
        <dd data-testid="import-rows-read">{formatNumber(run.rowsRead)}</dd>
        <dt>Rijen overgeslagen</dt>
        <dd data-testid="import-rows-rejected">{formatNumber(run.rowsRejected)}</dd>
        <dt>Waarnemingen gelezen</dt>
        <dd data-testid="import-observations-read">{formatNumber(run.observationsRead)}</dd>
        <dt>waarvan zonder waarde</dt>
        <dd>{formatNumber(run.valuesMissing)}</dd>
        {run.state === "succeeded" && !importsAreas(run) && (
          <>
            <dt>Toegevoegd of gewijzigd</dt>
            <dd data-testid="import-written">{formatNumber(run.observationsWritten)}</dd>
            <dt>Ongewijzigd</dt>
            <dd data-testid="import-unchanged">{formatNumber(run.observationsUnchanged)}</dd>
          </>
        )}
        {run.state === "succeeded" && importsAreas(run) && (
          <>
            <dt>Gebieden toegevoegd of gewijzigd</dt>
            <dd data-testid="import-areas-written">{formatNumber(run.areasWritten)}</dd>
            <dt>Gebieden ongewijzigd</dt>
            <dd data-testid="import-areas-unchanged">{formatNumber(run.areasUnchanged)}</dd>
          </>
        )}
        {!running && (
          <>
            <dt>Klaar</dt>
            <dd>{formatDateTime(run.endedAt) || "onbekend"}</dd>
            <dt>Duur</dt>
            <dd>{formatDuration(run.startedAt, run.endedAt)}</dd>
          </>
        )}
      </dl>

      {run.state !== "running" && run.errors.length + run.warnings.length > 0 && (
        <TableDownload what="de fouten en waarschuwingen" path={`/api/v1/imports/${encodeURIComponent(run.id)}/issues`} testId="import-issues-download" />
      )}
      {run.errors.length > 0 && (
        <section aria-labelledby="import-errors-title">
          <h2 id="import-errors-title">Fouten</h2>
          <p class="muted">Door een fout wordt niets van het bestand geschreven. Verbeter het bestand of de keuzes en importeer opnieuw.</p>
          <ImportIssues issues={run.errors} caption={issuesCaption("fout", "fouten", run.errors.length)} testId="import-errors" />
        </section>
      )}
      {run.warnings.length > 0 && (
        <section aria-labelledby="import-warnings-title">
          <h2 id="import-warnings-title">Waarschuwingen</h2>
          <p class="muted">
            {run.state === "failed"
              ? "Wat de import verder vond: rijen of kolommen die zouden zijn overgeslagen, en waarom."
              : "Rijen of kolommen die zijn overgeslagen, en waarom; de rest van het bestand wordt wel ingelezen."}
          </p>
          <ImportIssues issues={run.warnings} caption={issuesCaption("waarschuwing", "waarschuwingen", run.warnings.length)} testId="import-warnings" />
        </section>
      )}
    </div>
  );
}

function progressText(run: ImportRun, fileSize: number | null): string {
  if (run.statLine) {
    return `Bezig: ${formatNumber(run.statLine.pages)} pagina's van StatLine gelezen, ${formatNumber(run.rowsRead)} rijen, ${formatNumber(run.rowsRejected)} overgeslagen, ${formatNumber(run.observationsRead)} waarnemingen.`;
  }
  const read = fileSize
    ? `${formatBytes(run.bytesRead)} van ${formatBytes(fileSize)} gelezen (${Math.min(100, Math.floor((run.bytesRead / fileSize) * 100))}%)`
    : `${formatBytes(run.bytesRead)} gelezen`;
  return `Bezig: ${read}, ${formatNumber(run.rowsRead)} rijen, ${formatNumber(run.rowsRejected)} overgeslagen, ${formatNumber(run.observationsRead)} waarnemingen.`;
}

function outcomeText(run: ImportRun): string {
  if (run.state === "succeeded" && importsAreas(run)) {
    return (
      `Import gelukt in ${formatDuration(run.startedAt, run.endedAt)}: ${formatNumber(run.areasWritten)} gebieden toegevoegd of gewijzigd, ` +
      `${formatNumber(run.areasUnchanged)} ongewijzigd` +
      (run.warnings.length > 0 ? `; zie de waarschuwingen.` : ".")
    );
  }
  if (run.state === "succeeded") {
    return (
      `Import gelukt in ${formatDuration(run.startedAt, run.endedAt)}: ${formatNumber(run.observationsWritten)} waarnemingen toegevoegd of gewijzigd, ` +
      `${formatNumber(run.observationsUnchanged)} ongewijzigd, ${formatNumber(run.valuesMissing)} zonder waarde` +
      (run.warnings.length > 0 ? `; zie de waarschuwingen.` : ".")
    );
  }
  if (run.state === "failed") {
    const count = run.errors.length;
    const found = count === 1 ? "1 fout" : count >= mostIssues ? `${mostIssues} of meer fouten` : `${count} fouten`;
    return `Import mislukt: ${found} gevonden. Er is niets geschreven.`;
  }
  return label(importStateNames, run.state);
}

function issuesCaption(one: string, many: string, count: number): string {
  if (count >= mostIssues) return `De eerste ${mostIssues} ${many}`;
  return count === 1 ? `1 ${one}` : `${count} ${many}`;
}

/** `text`, but changed at most once per `everyMs`; a new `key` (the import's state) passes at once. */
function useThrottled(text: string, key: string, everyMs: number): string {
  const [shown, setShown] = useState(text);
  const last = useRef({ at: 0, key });

  useEffect(() => {
    const now = Date.now();
    if (key !== last.current.key || now - last.current.at >= everyMs) {
      last.current = { at: now, key };
      setShown(text);
      return;
    }
    const timer = setTimeout(() => {
      last.current = { at: Date.now(), key };
      setShown(text);
    }, everyMs - (now - last.current.at));
    return () => clearTimeout(timer);
  }, [text, key, everyMs]);

  return shown;
}

/** The query as people read it: StatLine's filter without its percent escapes. */
function readableQuery(query: string): string {
  try {
    return decodeURIComponent(query);
  } catch {
    return query;
  }
}
