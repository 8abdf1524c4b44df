import { useMemo } from "preact/hooks";
import type { MeasureIndicator } from "../api/types";
import { hasFigures, seriesChartOption } from "../charts/seriesChart";
import { directionNames, label } from "../labels";
import { Chart } from "./Chart";
import { FigureTable, type FigureRow } from "./FigureTable";

/** One indicator the measure aims to move: what it is, the way it should go, and its figures in the measure's areas. */
export function MeasureIndicatorCard({ link, areaName }: { link: MeasureIndicator; areaName: (code: string) => string }) {
  const indicator = link.indicator;
  const name = indicator?.name ?? link.code;
  const unit = indicator?.unit ?? null;
  const chart = useMemo(
    () => ({ lines: link.series.map((area) => ({ name: areaName(area.areaCode), points: area.points })), unit }),
    [link, areaName, unit],
  );
  const option = useMemo(() => seriesChartOption(chart), [chart]);
  const rows: FigureRow[] = link.series.flatMap((area) =>
    area.points.map((point) => ({ areaCode: area.areaCode, areaName: areaName(area.areaCode), href: `/wijken/${area.areaCode}`, point })),
  );
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
      {hasFigures(chart) ? (
        <>
          <Chart option={option} label={`${name} per jaar in de gebieden van deze maatregel`} height={260} testId="measure-indicator-chart" />
          <FigureTable rows={rows} unit={unit} caption={`Cijfers van ${name} in de gebieden van deze maatregel`} testId="measure-indicator-figures" />
        </>
      ) : (
        <p class="muted" data-testid="no-figures">
          Er zijn nog geen cijfers van deze indicator voor de gebieden van deze maatregel.
        </p>
      )}
    </section>
  );
}
