import { useEffect, useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { request } from "../api/client";
import type { Measure } from "../api/types";
import { setFlash } from "../flash";
import { FormMessage, useSubmission } from "./Form";

/** Deleting takes two steps: the button, then a confirmation that names the measure. */
export function DeleteMeasure({ measure, etag, onReload }: { measure: Measure; etag: string | null; onReload: () => void }) {
  const { route } = useLocation();
  const [confirming, setConfirming] = useState(false);
  const submission = useSubmission(() => false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  // Focus follows the step: to the confirmation when it opens, back to the delete button when it is cancelled.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (opened.current) deleteButton.current?.focus();
    opened.current ||= confirming;
  }, [confirming]);

  function remove() {
    void submission.submit(async () => {
      await request<void>(`/api/v1/measures/${encodeURIComponent(measure.id)}`, { method: "DELETE", ifMatch: etag ?? undefined });
      setFlash(`De maatregel "${measure.title}" is verwijderd.`);
      route("/maatregelen");
    });
  }

  return (
    <section class="danger-zone" aria-labelledby="delete-title" data-testid="delete-measure">
      <h2 id="delete-title">Maatregel verwijderen</h2>
      <FormMessage
        submission={submission}
        onLoadLatest={onReload}
      />
      {!confirming ? (
        <>
          <p>Verwijderen kan niet ongedaan worden gemaakt.</p>
          <button type="button" class="danger" ref={deleteButton} onClick={() => setConfirming(true)} data-testid="delete">
            Verwijderen
          </button>
        </>
      ) : (
        <div role="alertdialog" aria-labelledby="delete-question" class="confirm">
          <p id="delete-question">
            <strong>{`Weet u zeker dat u "${measure.title}" wilt verwijderen?`}</strong>
          </p>
          <div class="actions">
            <button type="button" class="danger" onClick={remove} disabled={submission.busy} data-testid="confirm-delete" ref={confirmButton}>
              {submission.busy ? "Bezig met verwijderen…" : "Ja, verwijderen"}
            </button>
            <button type="button" class="secondary" onClick={() => setConfirming(false)} data-testid="cancel-delete">
              Nee, niet verwijderen
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
