import { useMemo } from "preact/hooks";
import { query } from "../../api/client";
import type { Series, TrackedIndicator } from "../../api/types";
import { useApi } from "../../api/useApi";
import { hasFigures, linesFromSeries, seriesChartOption } from "../../charts/seriesChart";
import { cityLabel, directionNames, label, themeNames } from "../../labels";
import { Chart } from "../Chart";
import { FigureTable, figureRows } from "../FigureTable";
import { Loading } from "../Status";
import { TrackedSummary } from "./TrackedSummary";

export interface IndicatorInfo {
  code: string;
  name: string;
  unit: string | null;
  direction: string | null;
  theme: string | null;
}


/** One indicator on an area page: its chart against baseline, goal and city, and the figures with their sources. */
export function AreaIndicator({ indicator, tracked, areaCode, areaName, cityCode }: { indicator: IndicatorInfo; tracked?: TrackedIndicator; areaCode: string; areaName: string; cityCode: string }) {
  const isCity = areaCode === cityCode;
  const series = useApi<Series>(`/api/v1/indicators/${encodeURIComponent(indicator.code)}/series${query({ area: isCity ? [areaCode] : [areaCode, cityCode] })}`);
  const titleId = `indicator-${indicator.code}-title`;

  return (
    <section class="indicator-section" aria-labelledby={titleId} data-testid={`indicator-section-${indicator.code}`}>
      <h3 id={titleId}>
        <a href={`/indicatoren/${indicator.code}`}>{indicator.name}</a>
      </h3>
      <p class="muted">
        {[label(themeNames, indicator.theme), indicator.unit, indicator.direction ? label(directionNames, indicator.direction) : null].filter(Boolean).join(" · ")}
      </p>
      {tracked && <TrackedSummary tracked={tracked} unit={indicator.unit} areaName={areaName} isCity={isCity} />}
      {series.error ? (
        <div class="notice notice-degraded" role="status" data-testid={`indicator-unavailable-${indicator.code}`}>
          <p>De cijfers van deze indicator zijn op dit moment niet beschikbaar. De rest van de pagina is wel bijgewerkt.</p>
          <button type="button" class="secondary" onClick={series.reload}>
            Opnieuw proberen
          </button>
        </div>
      ) : series.data ? (
        <Figures series={series.data} indicator={indicator} tracked={tracked} areaCode={areaCode} areaName={areaName} cityCode={cityCode} />
      ) : (
        <Loading what="De cijfers" />
      )}
    </section>
  );
}

function Figures({ series, indicator, tracked, areaCode, areaName, cityCode }: { series: Series; indicator: IndicatorInfo; tracked?: TrackedIndicator; areaCode: string; areaName: string; cityCode: string }) {
  const names = { [areaCode]: areaName, ...(areaCode === cityCode ? {} : { [cityCode]: cityLabel }) };
  const unit = series.indicator.unit ?? indicator.unit;
  const target = tracked?.target ?? null;
  // The area first, then the city, whatever order the answer has.
  const ordered = [...series.series].sort((a, b) => Number(b.areaCode === areaCode) - Number(a.areaCode === areaCode));
  const input = useMemo(
    () => ({
      lines: linesFromSeries(ordered.filter((item) => item.points.length > 0), names, { [areaCode]: "focus", [cityCode]: areaCode === cityCode ? "focus" : "city" }),
      unit,
      target,
    }),
    [series, target],
  );
  const option = useMemo(() => seriesChartOption(input), [input]);
  const areaHasPoints = ordered.some((item) => item.areaCode === areaCode && item.points.length > 0);
  const cityHasPoints = ordered.some((item) => item.areaCode === cityCode && item.points.length > 0);

  if (!hasFigures(input)) {
    return (
      <p class="muted" data-testid={`indicator-empty-${indicator.code}`}>
        {areaCode === cityCode ? "Voor de stad zijn nog geen cijfers." : `Voor ${areaName} en de stad zijn nog geen cijfers.`}
      </p>
    );
  }
  return (
    <>
      {!areaHasPoints && cityHasPoints && <p class="muted">Voor {areaName} zijn nog geen cijfers; de grafiek toont die van de stad.</p>}
      <Chart
        option={option}
        label={`${indicator.name} per jaar: ${Object.values(names).join(" en ")}${target ? ", met nulmeting en doel" : ""}. De cijfers staan in de tabel hieronder.`}
        testId={`indicator-chart-${indicator.code}`}
        height={260}
      />
      <FigureTable
        rows={figureRows(ordered, names, (code) => (code === areaCode ? undefined : `/wijken/${code}`))}
        unit={unit}
        caption={`Cijfers van ${indicator.name}`}
        testId={`indicator-figures-${indicator.code}`}
      />
    </>
  );
}
