import type { ProgressReport } from "../../api/types";
import { formatDateTime, label, reportStateNames, userRoleNames } from "../../labels";

/** Every step of the report's review, oldest first: from and to, who, when, and why. */
export function ReportHistory({ report }: { report: ProgressReport }) {
  return (
    <section aria-labelledby="report-history-title" data-testid="report-history">
      <h2 id="report-history-title">Beoordeling</h2>
      <p class="muted">
        Aangemaakt {formatDateTime(report.createdAt)}; laatst geschreven door {report.lastEditor.name || "onbekend"} op {formatDateTime(report.updatedAt)}.
      </p>
      {report.events.length === 0 ? (
        <p class="muted">Nog niet ingediend.</p>
      ) : (
        <ol class="history">
          {report.events.map((event, index) => (
            <li key={index} data-testid="report-event" data-to={event.toState}>
              <strong>
                {label(reportStateNames, event.fromState)} → {label(reportStateNames, event.toState)}
              </strong>{" "}
              door {event.actor.name || "onbekend"}
              {event.actor.role && ` (${label(userRoleNames, event.actor.role)})`}, {formatDateTime(event.at)}
              {event.reason && <blockquote data-testid="report-event-reason">{event.reason}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
