import { useEffect, useMemo, useState } from "preact/hooks";
import type { ApiError } from "../../api/client";
import { loadSeries } from "../../api/series";
import { useAreaShapes, type AreaShapes, type MapLevel } from "../../api/shapes";
import type { AreaSeries, Indicator } from "../../api/types";
import { useLoader } from "../../api/useLoader";
import { cityCode } from "../../city";
import { quantileClasses, type MapClass } from "../../maps/classes";

/** Which kaart the map is on when the reader has not picked one, and whether that is settled for these figures. */
interface Fit {
  for: string;
  division: number | null;
  tried: number[];
  settled: boolean;
}

export interface ChoroplethData {
  collection: AreaShapes | undefined;
  /** Every kaart of the level, newest first, as the newest answer gave them (at most 300 s old). */
  divisions: number[];
  byCode: Map<string, AreaSeries>;
  years: number[];
  classes: MapClass[];
  /** The kaart is settled and its figures of this indicator are in. */
  ready: boolean;
  loading: boolean;
  shapesError: ApiError | undefined;
  seriesError: ApiError | undefined;
  reloadShapes: () => void;
  reloadSeries: () => void;
}

/**
 * The outlines and the figures of one indicator on a kaart of one level: the reader's kaart, or else the newest one
 * not younger than the newest figure (a kaart drawn later may lack the areas the figures are for; one without any
 * of them is passed for the next). The classes come from every figure of every year on that kaart.
 */
export function useChoroplethData(indicator: Indicator, level: MapLevel, chosenDivision: number | null): ChoroplethData {
  const fitKey = `${indicator.code}|${level}`;
  const [fit, setFit] = useState<Fit>({ for: fitKey, division: null, tried: [], settled: false });
  const [divisions, setDivisions] = useState<number[]>([]);
  // Another indicator may fit another kaart of the same level; another level starts again from its newest kaart.
  useEffect(() => {
    setFit((previous) => ({ for: fitKey, division: previous.for.endsWith(`|${level}`) ? previous.division : null, tried: [], settled: false }));
  }, [fitKey]);

  const requested = chosenDivision ?? fit.division;
  const shapes = useAreaShapes(level, requested);
  const collection = shapes.data;
  useEffect(() => {
    if (collection && requested === null) setDivisions(collection.divisions);
  }, [collection, requested]);

  const codes = useMemo(() => (collection?.features ?? []).map((feature) => feature.id), [collection]);
  const seriesKey = collection && codes.length > 0 ? `${indicator.code}|${level}|${collection.divisionYear}` : null;
  const series = useLoader(seriesKey, async (signal) => ({ key: seriesKey, series: await loadSeries(indicator.code, [cityCode, ...codes], signal) }));
  // Figures asked for another indicator or kaart are not these, even while these load.
  const current = series.data?.key === seriesKey ? series.data.series : undefined;
  const byCode = useMemo(() => new Map<string, AreaSeries>((current ?? []).map((item) => [item.areaCode, item])), [current]);
  const years = useMemo(
    () => [...new Set(codes.flatMap((code) => byCode.get(code)?.points.map((point) => point.year) ?? []))].sort((a, b) => a - b),
    [codes, byCode],
  );
  const classes = useMemo(
    () => quantileClasses(codes.flatMap((code) => (byCode.get(code)?.points ?? []).flatMap((point) => (point.value === null ? [] : [point.value]))), indicator.direction),
    [codes, byCode, indicator.direction],
  );

  const known = divisions.length > 0 ? divisions : (collection?.divisions ?? []);
  useEffect(() => {
    if (chosenDivision !== null || fit.settled || fit.for !== fitKey || !collection || !current) return;
    const here = collection.divisionYear;
    const newest = years.at(-1);
    if (newest === undefined) {
      // Not one figure for this kaart's areas: try the next kaart, newest first, until none is left.
      const next = known.find((division) => division !== here && !fit.tried.includes(division));
      setFit({ ...fit, division: next ?? here, tried: [...fit.tried, here], settled: next === undefined });
      return;
    }
    const fitting = known.find((division) => division <= newest) ?? here;
    setFit({ ...fit, division: fitting, settled: true });
  }, [chosenDivision, fit, fitKey, collection, current, years, known]);

  return {
    collection,
    divisions: known,
    byCode,
    years,
    classes,
    ready: current !== undefined && (chosenDivision !== null || (fit.settled && fit.for === fitKey)),
    loading: shapes.loading || series.loading,
    shapesError: shapes.error,
    seriesError: series.error,
    reloadShapes: shapes.reload,
    reloadSeries: series.reload,
  };
}
