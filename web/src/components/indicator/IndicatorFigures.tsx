import { useMemo } from "preact/hooks";
import { useLocation } from "preact-iso";
import { query } from "../../api/client";
import type { Area, Indicator, Series } from "../../api/types";
import { useAllPages } from "../../api/useAllPages";
import { useApi } from "../../api/useApi";
import { cityCode } from "../../city";
import { hasFigures, linesFromSeries, seriesChartOption, type LineRole } from "../../charts/seriesChart";
import { Chart } from "../Chart";
import { FigureTable, figureRows } from "../FigureTable";
import { TableDownload } from "../TableDownload";
import { ErrorMessage, Loading } from "../Status";
import { BuurtSelector, selectBuurten } from "./BuurtSelector";

/** The indicator across the city, its wijken and the buurten the reader picks: a chart and every figure with its source. */
export function IndicatorFigures({ indicator }: { indicator: Indicator }) {
  const { path, query: params, route } = useLocation();
  const choice = params.buurten ?? "";
  const city = useApi<Area>(`/api/v1/areas/${cityCode}`);
  const wijken = useAllPages<Area>("/api/v1/areas?level=wijk");
  const buurten = useAllPages<Area>("/api/v1/areas?level=buurt");

  const selected = selectBuurten(buurten.data ?? [], choice);
  // Waits for the lists the areas come from, so one choice is one series call.
  const ready = (wijken.data || wijken.error) && (choice === "" || buurten.data || buurten.error);
  const areaCodes = ready ? [cityCode, ...(wijken.data ?? []).map((w) => w.code), ...selected.map((b) => b.code)] : null;
  const seriesPath = areaCodes ? `/api/v1/indicators/${encodeURIComponent(indicator.code)}/series${query({ area: areaCodes })}` : null;
  const series = useApi<Series>(seriesPath);

  const { names, levels } = useMemo(() => {
    const areas = [...(city.data ? [city.data] : []), ...(wijken.data ?? []), ...(buurten.data ?? [])];
    const names: Record<string, string> = { [cityCode]: "Groningen", ...Object.fromEntries(areas.map((a) => [a.code, a.name])) };
    const levels: Record<string, string> = { [cityCode]: "gemeente", ...Object.fromEntries(areas.map((a) => [a.code, a.level])) };
    return { names, levels };
  }, [city.data, wijken.data, buurten.data]);

  function choose(value: string) {
    route(`${path}${value ? `?buurten=${encodeURIComponent(value)}` : ""}`, true);
  }

  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">Cijfers per gebied en jaar</h2>
      <p class="muted">
        De stad en de wijken; kies hieronder ook buurten. Open rondjes zijn wijkcijfers die uit de buurten zijn afgeleid. Een ontbrekend cijfer staat in de tabel als
        "geen waarde" en is in de grafiek een onderbreking.
      </p>
      {wijken.error && <ErrorMessage error={wijken.error} retry={wijken.reload} />}
      {buurten.error && <ErrorMessage error={buurten.error} retry={buurten.reload} />}
      <BuurtSelector wijken={wijken.data ?? []} value={choice} onChange={choose} />
      {series.error ? (
        <div class="notice notice-degraded" role="status" data-testid="indicator-unavailable">
          <p>De cijfers van deze indicator zijn op dit moment niet beschikbaar.</p>
          <button type="button" class="secondary" onClick={series.reload}>
            Opnieuw proberen
          </button>
        </div>
      ) : series.data && seriesPath ? (
        <>
          <TableDownload what="de cijfers" path={seriesPath} testId="series-download" />
          <Figures series={series.data} indicator={indicator} names={names} levels={levels} busy={series.loading} />
        </>
      ) : (
        <Loading what="De cijfers" />
      )}
    </section>
  );
}

function Figures({ series, indicator, names, levels, busy }: { series: Series; indicator: Indicator; names: Record<string, string>; levels: Record<string, string>; busy: boolean }) {
  const withFigures = series.series.filter((item) => item.points.length > 0);
  const without = series.series.filter((item) => item.points.length === 0);
  const input = useMemo(() => {
    const roles: Record<string, LineRole> = { [cityCode]: "city" };
    return { lines: linesFromSeries(withFigures, names, roles), unit: indicator.unit };
  }, [series, names]);
  const option = useMemo(() => seriesChartOption(input), [input]);

  return (
    <div aria-busy={busy}>
      {busy && <p class="loading" role="status">Cijfers bijwerken…</p>}
      {hasFigures(input) ? (
        <Chart option={option} label={`${indicator.name} per jaar voor ${withFigures.map((s) => names[s.areaCode] ?? s.areaCode).join(", ")}. Alle cijfers staan in de tabel hieronder.`} height={340} testId="indicator-chart" />
      ) : (
        <p class="muted" data-testid="indicator-empty">
          Voor deze gebieden zijn nog geen cijfers.
        </p>
      )}
      {without.length > 0 && (
        <p class="muted" data-testid="areas-without-figures">
          Geen cijfers voor: {without.map((s) => names[s.areaCode] ?? s.areaCode).join(", ")}.
        </p>
      )}
      <h3>Alle cijfers</h3>
      <FigureTable
        rows={figureRows(withFigures, names, (code) => `/wijken/${code}`, levels)}
        unit={indicator.unit}
        caption={`Alle cijfers van ${indicator.name}`}
        showLevel
        testId="indicator-figures"
      />
    </div>
  );
}
