import type { AnnualReportChanges, AnnualReportContent, FigurePoint } from "../../api/types";
import { formatDate, formatDateTime, formatNumber, label, measureStatusNames, partnerTypeNames, progressRatingNames, targetStatusNames } from "../../labels";

const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const count = new Intl.NumberFormat("nl-NL");

/** A generated report as a page to read and print: the same account as its documents, from the content kept with it. */
export function AnnualReportView({ content }: { content: AnnualReportContent }) {
  return (
    <article class="annual-report" data-testid="annual-report-content">
      <h2 class="annual-report-title">
        {content.title} · {content.scopeName}
      </h2>
      <p class="muted">
        Gemaakt op {formatDateTime(content.generatedAt)} uit de gegevens van het programma
        {isEarlierPeildatum(content) ? `, zoals die er op ${formatDateTime(content.asOf)} bij stonden (peildatum)` : ""}.
      </p>
      {content.introduction.trim() && (
        <section>
          <h3>Inleiding</h3>
          {content.introduction.split(/\n\s*\n/).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </section>
      )}
      <section>
        <h3>Samenvatting</h3>
        <dl class="figures" data-testid="annual-report-totals">
          <dt>Maatregelen</dt>
          <dd>{count.format(content.totals.measures)}</dd>
          <dt>Begroting (hele looptijd)</dt>
          <dd>{euro.format(content.totals.budgetEuros)}</dd>
          <dt>Besteed in {content.year}</dt>
          <dd>{euro.format(content.totals.spentEuros)}</dd>
          <dt>Bereikte mensen</dt>
          <dd>{count.format(content.totals.peopleReached)}</dd>
          <dt>Goedgekeurde verslagen</dt>
          <dd>{count.format(content.totals.approvedReports)}</dd>
        </dl>
      </section>
      {content.changedSince && <ChangesSince changes={content.changedSince} />}
      {content.themes.map((theme) => (
        <section key={theme.theme} data-testid={`annual-report-theme-${theme.theme}`}>
          <h3>Thema {theme.name}</h3>
          {theme.measures.map((measure) => (
            <div class="annual-report-measure" key={measure.id} data-measure={measure.id}>
              <h4>{measure.title}</h4>
              <p class="muted">
                {label(measureStatusNames, measure.status)} · trekker {measure.leadPartner} · {measure.areas.join(", ")} · begroting {euro.format(measure.budgetEuros)}, besteed in{" "}
                {content.year} {euro.format(measure.spentEuros)} · {count.format(measure.peopleReached)} mensen bereikt
              </p>
              {measure.progress.length === 0 && <p class="muted">Over {content.year} is nog geen verslag goedgekeurd.</p>}
              {measure.progress.map((progress) => (
                <div key={progress.period}>
                  <h5>
                    {progress.periodName}
                    {progress.rating ? ` · ${label(progressRatingNames, progress.rating)}` : ""}
                  </h5>
                  <p>
                    <strong>Gedaan:</strong> {progress.done}
                  </p>
                  {progress.obstacles && (
                    <p>
                      <strong>Knelpunten:</strong> {progress.obstacles}
                    </p>
                  )}
                  {progress.nextSteps && (
                    <p>
                      <strong>Volgende stappen:</strong> {progress.nextSteps}
                    </p>
                  )}
                </div>
              ))}
              {measure.milestones.length > 0 && (
                <ul>
                  {measure.milestones.map((milestone, i) => (
                    <li key={i}>
                      {milestone.title}
                      {milestone.dueDate ? ` (${formatDate(milestone.dueDate)})` : ""}: {milestone.done ? "gehaald" : "nog niet gehaald"}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      ))}
      <section>
        <h3>Indicatoren</h3>
        {content.indicators.map((indicator) => (
          <div key={indicator.code} data-indicator={indicator.code}>
            <h4>{indicator.name}</h4>
            <div class="table-scroll">
              <table class="stack-table">
                <caption class="visually-hidden">Laatste cijfers van {indicator.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Gebied</th>
                    <th scope="col">Jaar</th>
                    <th scope="col">Waarde</th>
                    <th scope="col">Status</th>
                    <th scope="col">Bron</th>
                  </tr>
                </thead>
                <tbody>
                  {indicator.series.map((line) => {
                    const last = line.points[line.points.length - 1];
                    return (
                      <tr key={line.areaCode}>
                        <td data-label="Gebied">{line.areaName}</td>
                        <td data-label="Jaar">{last?.year}</td>
                        <td data-label="Waarde" class="number">
                          {formatNumber(last?.value ?? null, indicator.unit)}
                        </td>
                        <td data-label="Status">{last?.status}</td>
                        <td data-label="Bron">{last?.source}</td>
                      </tr>
                    );
                  })}
                  {indicator.targets.map((target) => (
                    <tr key={`target-${target.areaCode}`} data-target={target.areaCode}>
                      <td data-label="Gebied">Doel {target.areaName}</td>
                      <td data-label="Jaar">{target.targetYear}</td>
                      <td data-label="Waarde" class="number">
                        {formatNumber(target.goalValue, indicator.unit)}
                      </td>
                      <td data-label="Status">{label(targetStatusNames, target.status)}</td>
                      <td data-label="Bron">
                        nulmeting {formatNumber(target.baselineValue, indicator.unit)} ({target.baselineYear})
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ))}
      </section>
      <section>
        <h3>Partners</h3>
        <ul>
          {content.partners.map((partner) => (
            <li key={partner.id}>
              <strong>{partner.name}</strong> ({label(partnerTypeNames, partner.type)})
              {partner.leads.length > 0 && `: trekker van ${partner.leads.join("; ")}`}
              {partner.takesPartIn.length > 0 && `; neemt deel aan ${partner.takesPartIn.join("; ")}`}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

const progressChangeNames: Record<string, string> = {
  approved: "verslag sindsdien goedgekeurd",
  changed: "goedgekeurd verslag sindsdien herschreven",
  withdrawn: "verslag niet meer goedgekeurd (heropend)",
};

// As the documents say it: a report made for the moment it was asked for names no peildatum of its own.
function isEarlierPeildatum(content: AnnualReportContent): boolean {
  return Boolean(content.asOf) && Date.parse(content.generatedAt) - Date.parse(content.asOf) >= 60 * 60 * 1000;
}

function figureWithStatus(point: FigurePoint | null, unit: string): string {
  return point ? `${formatNumber(point.value, unit)} (${point.status})` : "geen cijfer";
}

/** The figures and approved texts that differ from the earlier report of the same year and scope. */
function ChangesSince({ changes }: { changes: AnnualReportChanges }) {
  const nothing = changes.figures.length === 0 && changes.progress.length === 0;
  return (
    <section data-testid="annual-report-changes">
      <h3>Gewijzigd sinds de rapportage van {formatDateTime(changes.previousAsOf)}</h3>
      {nothing && <p class="muted">Sindsdien is geen cijfer en geen goedgekeurd verslag veranderd.</p>}
      {changes.figures.length > 0 && (
        <div class="table-scroll">
          <table class="stack-table">
            <caption class="visually-hidden">Cijfers die sindsdien veranderden</caption>
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                <th scope="col">Gebied</th>
                <th scope="col">Jaar</th>
                <th scope="col">Was</th>
                <th scope="col">Is nu</th>
              </tr>
            </thead>
            <tbody>
              {changes.figures.map((change) => (
                <tr key={`${change.indicatorCode}-${change.areaCode}-${change.year}`}>
                  <td data-label="Indicator">{change.indicatorName}</td>
                  <td data-label="Gebied">{change.areaName}</td>
                  <td data-label="Jaar">{change.year}</td>
                  <td data-label="Was" class="number">
                    {figureWithStatus(change.before, change.unit)}
                  </td>
                  <td data-label="Is nu" class="number">
                    {figureWithStatus(change.after, change.unit)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {changes.progress.length > 0 && (
        <ul>
          {changes.progress.map((change) => (
            <li key={`${change.measureId}-${change.period}`}>
              {change.measureTitle}, {change.periodName}: {label(progressChangeNames, change.change)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
