import { useState } from "preact/hooks";
import { deleteAttachment, downloadAttachment, uploadAttachment } from "../../api/reports";
import type { ProgressReport } from "../../api/types";
import { formatBytes, formatDateTime } from "../../labels";
import { FormMessage, useSubmission } from "../Form";

const accepted = ".pdf,.png,.jpg,.jpeg,.docx,.xlsx";

/** The report's evidence: download each file; while its partners hold the report, add (at most 20 MB) or remove files. */
export function ReportAttachments({ report, editable, onChanged }: { report: ProgressReport; editable: boolean; onChanged: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const submission = useSubmission((field) => field === "file" || field === "fileName", (error) =>
    error.status === 413
      ? "Niet toegevoegd: het bestand is groter dan 20 MB."
      : error.status === 400
        ? "Niet toegevoegd: dit bestand kan niet bij het verslag."
        : error.status === 404
          ? "Deze bijlage bestaat niet (meer)."
          : null);
  const fileErrors = [...(submission.errors.file ?? []), ...(submission.errors.fileName ?? [])];

  function upload(event: Event) {
    event.preventDefault();
    // Taken now: after the await the event no longer names its form.
    const form = event.currentTarget as HTMLFormElement;
    if (!file) return;
    void submission.submit(async () => {
      await uploadAttachment(report.measureId, report.period, file);
      setFile(null);
      form.reset();
      onChanged();
    });
  }

  return (
    <section aria-labelledby="attachments-title" data-testid="report-attachments">
      <h2 id="attachments-title">Bijlagen</h2>
      {report.attachments.length === 0 ? (
        <p class="muted">Geen bijlagen.</p>
      ) : (
        <ul>
          {report.attachments.map((attachment) => (
            <li key={attachment.id} data-testid="report-attachment">
              <button type="button" class="link" onClick={() => void submission.submit(() => downloadAttachment(report.measureId, report.period, attachment))} data-testid="attachment-download">
                {attachment.fileName}
              </button>{" "}
              <span class="muted">
                ({formatBytes(attachment.sizeBytes)}, door {attachment.uploadedBy.name || "onbekend"} op {formatDateTime(attachment.uploadedAt)})
              </span>
              {editable && (
                <button
                  type="button"
                  class="secondary"
                  onClick={() => void submission.submit(async () => {
                    await deleteAttachment(report.measureId, report.period, attachment.id);
                    onChanged();
                  })}
                >
                  Verwijderen
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form onSubmit={upload} noValidate data-testid="attachment-form" aria-busy={submission.busy}>
          <FormMessage submission={submission} />
          <div class="field">
            <label for="attachment-file">Bestand toevoegen</label>
            <p class="hint" id="attachment-file-hint">PDF, PNG, JPEG, DOCX of XLSX, ten hoogste 20 MB.</p>
            <input
              id="attachment-file"
              type="file"
              accept={accepted}
              aria-describedby="attachment-file-hint"
              aria-invalid={fileErrors.length > 0 ? "true" : undefined}
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
              data-testid="attachment-file"
            />
            {fileErrors.length > 0 && (
              <div class="field-error" data-testid="error-file">
                {fileErrors.map((message) => (
                  <p key={message} lang="en">{message}</p>
                ))}
              </div>
            )}
          </div>
          <div class="actions">
            <button type="submit" class="secondary" disabled={!file || submission.busy} data-testid="attachment-submit">
              {submission.busy ? "Bezig met toevoegen…" : "Toevoegen"}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
