import { useState } from "preact/hooks";
import { ApiError } from "../api/client";
import { archivePartner } from "../api/partners";
import { FormMessage, useSubmission } from "./Form";

/** Archiving a partner (programme office), after a confirm step; it stays readable and on its measures. */
export function ArchivePartner({ id, name, etag, onArchived, onConflict }: { id: string; name: string; etag: string; onArchived: () => void; onConflict: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [conflict, setConflict] = useState(false);
  const submission = useSubmission(() => false);

  function archive() {
    setConflict(false);
    void submission.submit(async () => {
      try {
        await archivePartner(id, etag);
      } catch (error) {
        if (error instanceof ApiError && error.status === 412) setConflict(true);
        throw error;
      }
      onArchived();
    });
  }

  return (
    <section class="danger-zone" aria-labelledby="archive-title" data-testid="archive-partner">
      <h2 id="archive-title">Partner archiveren</h2>
      <p>Een gearchiveerde partner blijft leesbaar en blijft staan bij de maatregelen waaraan hij meedeed, maar komt niet meer in de lijst van actieve partners.</p>
      <FormMessage
        submission={submission}
        conflict={
          conflict && (
            <button type="button" class="secondary" onClick={onConflict}>
              Nieuwste versie laden
            </button>
          )
        }
      />
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="archive-confirm-text">
          <p id="archive-confirm-text">
            <strong>{`Weet u zeker dat u ${name} wilt archiveren?`}</strong>
          </p>
          <div class="actions">
            <button type="button" class="danger" onClick={archive} disabled={submission.busy} data-testid="archive-confirm" autoFocus>
              {submission.busy ? "Bezig met archiveren…" : "Ja, archiveren"}
            </button>
            <button type="button" class="secondary" onClick={() => setConfirming(false)} data-testid="archive-cancel">
              Annuleren
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="secondary" onClick={() => setConfirming(true)} data-testid="archive">
          Partner archiveren…
        </button>
      )}
    </section>
  );
}
