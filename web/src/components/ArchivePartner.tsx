import { useState } from "preact/hooks";
import { archivePartner } from "../api/partners";
import { FormMessage, useSubmission } from "./Form";

/** Archiving a partner (programme office), after a confirm step; it stays readable and on its measures. */
export function ArchivePartner({ id, name, etag, onArchived, onConflict }: { id: string; name: string; etag: string; onArchived: () => void; onConflict: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const submission = useSubmission(() => false);

  function archive() {
    void submission.submit(async () => {
      await archivePartner(id, etag);
      onArchived();
    });
  }

  return (
    <section class="danger-zone" aria-labelledby="archive-title" data-testid="archive-partner">
      <h2 id="archive-title">Partner archiveren</h2>
      <p>Een gearchiveerde partner blijft leesbaar en blijft staan bij de maatregelen waaraan hij meedeed, maar komt niet meer in de lijst van actieve partners.</p>
      <FormMessage
        submission={submission}
        onLoadLatest={onConflict}
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
