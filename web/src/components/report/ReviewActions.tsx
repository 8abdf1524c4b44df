import { useState } from "preact/hooks";
import { moveReport, reviewSteps } from "../../api/reports";
import type { ProgressReport } from "../../api/types";
import { FormMessage, useSubmission } from "../Form";

/**
 * The review steps this user may take from the report's state: indienen and terugnemen for its partners' editors,
 * goedkeuren, terugsturen and heropenen for the programme office; returning and reopening need a reason.
 */
export function ReviewActions({
  report,
  etag,
  mayWrite,
  isOffice,
  onMoved,
  onConflict,
  unsaved = false,
}: {
  report: ProgressReport;
  etag: string;
  mayWrite: boolean;
  isOffice: boolean;
  onMoved: () => void;
  onConflict: () => void;
  /** The form above holds changes not saved: submitting now would leave them out. */
  unsaved?: boolean;
}) {
  const [reason, setReason] = useState("");
  const submission = useSubmission((field) => field === "reason", (error) =>
    error.status === 400 && error.fieldErrors().reason ? "Geef een reden: de partner leest die terug in de geschiedenis." : null);
  const steps = reviewSteps.filter((step) => step.from === report.state && (step.officeOnly ? isOffice : mayWrite));
  if (steps.length === 0) return null;
  const needsReason = steps.some((step) => step.needsReason);

  function take(toState: string) {
    void submission.submit(async () => {
      await moveReport(report.measureId, report.period, toState, reason.trim(), etag);
      setReason("");
      onMoved();
    });
  }

  return (
    <section aria-labelledby="review-title" class="review" data-testid="review-actions">
      <h2 id="review-title">Beoordeling</h2>
      <form onSubmit={(event) => event.preventDefault()} aria-busy={submission.busy}>
      <FormMessage submission={submission} onLoadLatest={onConflict} />
      {needsReason && (
        <div class="field">
          <label for="review-reason">Reden (nodig bij terugsturen en heropenen)</label>
          <textarea id="review-reason" rows={3} value={reason} onInput={(e) => setReason(e.currentTarget.value)} data-testid="review-reason" />
        </div>
      )}
      {unsaved && steps.some((step) => step.to === "ingediend") && (
        <p class="hint" data-testid="review-unsaved">Sla het verslag eerst op: wijzigingen die niet zijn opgeslagen, worden niet ingediend.</p>
      )}
      <div class="actions">
        {steps.map((step) => (
          <button
            key={step.to}
            type="button"
            class={step.to === "goedgekeurd" || step.to === "ingediend" ? undefined : "secondary"}
            disabled={submission.busy || (unsaved && step.to === "ingediend")}
            onClick={() => take(step.to)}
            data-testid={`review-${step.to}`}
          >
            {step.label}
          </button>
        ))}
      </div>
      </form>
    </section>
  );
}
