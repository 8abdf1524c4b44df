import type { Measure } from "../api/types";
import { formatPeriod } from "../formatPeriod";
import { formatEuros, label, measureStatusNames, themeNames } from "../labels";

const shownAreas = 4;

export function MeasureListItem({ measure, areaName, partnerName }: { measure: Measure; areaName: (code: string) => string; partnerName: (id: string) => string | undefined }) {
  const budget = measure.funding.reduce((sum, line) => sum + line.amountCents, 0);
  const areas = measure.areaCodes.map(areaName);
  const areaText =
    areas.length === 0
      ? "geen"
      : areas.length <= shownAreas
        ? areas.join(", ")
        : `${areas.slice(0, shownAreas).join(", ")} en ${areas.length - shownAreas} meer`;

  return (
    <li class="card measure-item" data-testid="measure-item" data-id={measure.id}>
      <h2>
        <a href={`/maatregelen/${measure.id}`}>{measure.title}</a>
      </h2>
      <p class="tags">
        <span class="tag">{label(themeNames, measure.theme)}</span>
        <span class={`tag measure-status-${measure.status}`}>{label(measureStatusNames, measure.status)}</span>
      </p>
      <dl class="figures">
        <dt>Trekker</dt>
        <dd>{partnerName(measure.leadPartnerId) ?? "onbekende partner"}</dd>
        <dt>Gebieden</dt>
        <dd>{areaText}</dd>
        <dt>Begroting</dt>
        <dd>{measure.funding.length === 0 ? "geen financiering bekend" : formatEuros(budget)}</dd>
        <dt>Looptijd</dt>
        <dd>{formatPeriod(measure.startDate, measure.endDate)}</dd>
      </dl>
    </li>
  );
}
