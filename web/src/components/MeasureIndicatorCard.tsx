import { useMemo } from "preact/hooks";
import type { MeasureIndicator } from "../api/types";
import { hasFigures, seriesChartOption } from "../charts/seriesChart";
import { directionNames, formatNumber, label, observationStatusNames } from "../labels";
import { Chart } from "./Chart";

/** One indicator the measure aims to move: what it is, the way it should go, and its figures in the measure's areas. */
export function MeasureIndicatorCard({ link, areaName }: { link: MeasureIndicator; areaName: (code: string) => string }) {
  const indicator = link.indicator;
  const name = indicator?.name ?? link.code;
  const unit = indicator?.unit ?? null;
  const option = useMemo(() => seriesChartOption(link.series, areaName, unit), [link, areaName, unit]);
  const rows = link.series.flatMap((area) => area.points.map((point) => ({ area: area.areaCode, ...point })));
  const headingId = `indicator-${link.code}-title`;

  return (
    <section class="card indicator-card" aria-labelledby={headingId} data-testid="measure-indicator" data-code={link.code}>
      <h3 id={headingId}>
        <a href={`/indicatoren/${link.code}`}>{name}</a>
      </h3>
      <p>
        <span class="tag">{`Beoogd effect: ${label(directionNames, link.expectedDirection)}`}</span>
        {indicator && <span class="muted">{` (voor deze indicator is ${label(directionNames, indicator.direction)})`}</span>}
      </p>
      {indicator && <p class="muted">{indicator.definition}</p>}
      {indicator && (
        <p class="source">
          {`Bron: ${indicator.source.dataset}`}
          {indicator.source.column && ` (kolom ${indicator.source.column})`}
        </p>
      )}
      {hasFigures(link.series) ? (
        <>
          <Chart option={option} label={`${name} per jaar in de gebieden van deze maatregel`} height={260} testId="measure-indicator-chart" />
          <div class="table-scroll series-table">
            <table>
              <thead>
                <tr>
                  <th scope="col">Gebied</th>
                  <th scope="col">Jaar</th>
                  <th scope="col" class="number">
                    Waarde
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">Bron</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.area}-${row.year}`}>
                    <td>{areaName(row.area)}</td>
                    <td>{row.year}</td>
                    <td class="number">{formatNumber(row.value, unit)}</td>
                    <td>
                      {label(observationStatusNames, row.status)}
                      {row.derived && " (afgeleid)"}
                    </td>
                    <td>{row.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p class="muted" data-testid="no-figures">
          Er zijn nog geen cijfers van deze indicator voor de gebieden van deze maatregel.
        </p>
      )}
    </section>
  );
}
