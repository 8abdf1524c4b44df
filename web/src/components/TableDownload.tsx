import { useState } from "preact/hooks";
import { ApiError, download } from "../api/client";
import { saveFile } from "../saveFile";

const formats = [
  { format: "csv", label: "CSV", accept: "text/csv" },
  { format: "xlsx", label: "Excel", accept: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
] as const;

/**
 * Download buttons for a table the gateway serves: as CSV or as an Excel workbook, with Dutch headers. The file is
 * fetched with the session's token (a plain link could not send it), then handed to the browser to save.
 */
export function TableDownload({ path, what, testId = "table-download" }: { path: string; what: string; testId?: string }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save(format: (typeof formats)[number]) {
    setBusy(format.format);
    setError(null);
    try {
      const separator = path.includes("?") ? "&" : "?";
      const file = await download(`${path}${separator}format=${format.format}&language=nl`, format.accept, `${what}.${format.format}`);
      saveFile(file);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : "Het downloaden is mislukt.");
    } finally {
      setBusy(null);
    }
  }

  return (
    <div class="table-download" data-testid={testId}>
      <span class="muted">Download {what}:</span>
      {formats.map((format) => (
        <button
          key={format.format}
          type="button"
          class="secondary compact-button"
          data-testid={`${testId}-${format.format}`}
          disabled={busy !== null}
          aria-busy={busy === format.format}
          onClick={() => save(format)}
        >
          {format.label}
        </button>
      ))}
      {error && (
        <span class="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
