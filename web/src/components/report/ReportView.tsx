import type { Measure, ProgressReport } from "../../api/types";
import { formatDate, formatEuros, formatNumber, label, progressRatingNames } from "../../labels";

/** A report read, as the council and the programme office see it once it is submitted. */
export function ReportView({ measure, report }: { measure: Measure; report: ProgressReport }) {
  return (
    <section aria-labelledby="report-content-title" data-testid="report-view">
      <h2 id="report-content-title">Verslag</h2>
      <dl class="figures facts">
        <dt>Stand</dt>
        <dd data-testid="report-view-rating">{label(progressRatingNames, report.rating) || "niet gegeven"}</dd>
      </dl>
      <h3>Wat is er gedaan?</h3>
      <p class="description" data-testid="report-view-done">{report.done || "Niet ingevuld."}</p>
      {report.obstacles && (
        <>
          <h3>Wat zat in de weg?</h3>
          <p class="description">{report.obstacles}</p>
        </>
      )}
      {report.nextSteps && (
        <>
          <h3>Wat komt er hierna?</h3>
          <p class="description">{report.nextSteps}</p>
        </>
      )}
      {report.spending.length > 0 && (
        <>
          <h3>Uitgegeven</h3>
          <ul>
            {report.spending.map((spent) => {
              const line = measure.funding[spent.fundingLine];
              return (
                <li key={spent.fundingLine}>
                  {line?.source ?? `Financieringsregel ${spent.fundingLine + 1}`}: {formatEuros(spent.spentCents)}
                  {line && ` van ${formatEuros(line.amountCents)}`}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {report.reach.length > 0 && (
        <>
          <h3>Bereikt</h3>
          <ul>
            {report.reach.map((reach, index) => (
              <li key={index}>
                {formatNumber(reach.people)} {reach.description || "mensen"}
                {reach.areaCode ? ` in ${reach.areaCode}` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.milestones.length > 0 && (
        <>
          <h3>Mijlpalen</h3>
          <ul>
            {report.milestones.map((update) => (
              <li key={update.milestone}>
                {measure.milestones[update.milestone]?.title ?? `Mijlpaal ${update.milestone + 1}`}:{" "}
                {update.done ? "gehaald" : update.movedTo ? `verschoven naar ${formatDate(update.movedTo)} (${update.reason})` : "geen wijziging"}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
