import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { loadSeries } from "../../api/series";
import { mapName, subsetMapName, useAreaShapes, type MapLevel } from "../../api/shapes";
import type { AreaSeries, Indicator } from "../../api/types";
import { useLoader } from "../../api/useLoader";
import { cityCode } from "../../areaGroups";
import { quantileClasses } from "../../maps/classes";
import { mapFigures, mapRegions } from "../../maps/choropleth";
import { ErrorMessage, Loading } from "../Status";
import { AreaMap } from "./AreaMap";
import { MapLegend } from "./MapLegend";
import { MapTable } from "./MapTable";

const levelNames: Record<MapLevel, string> = { buurt: "buurten", wijk: "wijken" };

/**
 * An indicator on the map of the city's buurten or wijken in a year the reader picks. The classes are made from the
 * figures of every year on the map, so they stay put while the year moves. The kaart is the newest one that is not
 * younger than the newest figure (a kaart drawn after the figures may lack the areas they are for), or the one the
 * reader picks. With `within`, only those areas are drawn, in the city's classes.
 */
export function ChoroplethMap({
  indicator,
  within,
  height = 460,
  idPrefix = "map",
  controls,
}: {
  indicator: Indicator;
  within?: { name: string; codes: string[] };
  height?: number;
  idPrefix?: string;
  /** Fields of the page's own put before the map's. */
  controls?: ComponentChildren;
}) {
  const { route } = useLocation();
  const [level, setLevel] = useState<MapLevel>("buurt");
  const [chosenDivision, setChosenDivision] = useState<number | null>(null);
  const [fittingDivision, setFittingDivision] = useState<number | null>(null);
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const [focused, setFocused] = useState<string | null>(null);

  const shapes = useAreaShapes(level, chosenDivision ?? fittingDivision);
  const collection = shapes.data;
  const codes = useMemo(() => (collection?.features ?? []).map((feature) => feature.id), [collection]);
  const seriesKey = collection && codes.length > 0 ? `${indicator.code}|${collection.divisionYear}|${level}` : null;
  const series = useLoader(seriesKey, (signal) => loadSeries(indicator.code, [cityCode, ...codes], signal));
  const byCode = useMemo(() => new Map<string, AreaSeries>((series.data ?? []).map((item) => [item.areaCode, item])), [series.data]);

  const areas = useMemo(() => {
    const all = (collection?.features ?? []).map((feature) => ({ code: feature.id, name: feature.properties.name || feature.id }));
    return within ? all.filter((area) => within.codes.includes(area.code)) : all;
  }, [collection, within]);
  const years = useMemo(
    () => [...new Set(codes.flatMap((code) => byCode.get(code)?.points.map((point) => point.year) ?? []))].sort((a, b) => a - b),
    [codes, byCode],
  );
  const classes = useMemo(
    () => quantileClasses(codes.flatMap((code) => (byCode.get(code)?.points ?? []).flatMap((point) => (point.value === null ? [] : [point.value]))), indicator.direction),
    [codes, byCode, indicator.direction],
  );

  // Another indicator (the wijk page lets the reader pick one) may fit another kaart.
  useEffect(() => setFittingDivision(null), [indicator.code]);

  // Once the figures are in, move to the kaart that fits them, if that is another one; only the first time.
  const newestYear = years.at(-1) ?? null;
  useEffect(() => {
    if (!collection || chosenDivision !== null || fittingDivision !== null || newestYear === null || series.loading) return;
    setFittingDivision(collection.divisions.find((division) => division <= newestYear) ?? collection.divisionYear);
  }, [collection, newestYear, series.loading]);

  const year = chosenYear !== null && years.includes(chosenYear) ? chosenYear : newestYear;
  const figures = useMemo(() => (year === null ? [] : mapFigures(areas, byCode, year, classes)), [areas, byCode, year, classes]);
  const regions = useMemo(() => (year === null ? [] : mapRegions(figures, classes, year, indicator.unit)), [figures, classes, year, indicator.unit]);
  const city = year === null ? null : (byCode.get(cityCode)?.points.find((point) => point.year === year) ?? null);
  const place = within ? `de buurten van ${within.name}` : `de ${levelNames[level]} van Groningen`;

  return (
    <div class="choropleth" data-testid="choropleth">
      <form class="filters map-controls" onSubmit={(event) => event.preventDefault()}>
        {controls}
        {!within && (
          <div class="field">
            <label for={`${idPrefix}-level`}>Gebieden</label>
            <select id={`${idPrefix}-level`} value={level} onChange={(event) => { setLevel(event.currentTarget.value as MapLevel); setChosenDivision(null); setFittingDivision(null); }} data-testid="map-level">
              <option value="buurt">Buurten</option>
              <option value="wijk">Wijken</option>
            </select>
          </div>
        )}
        {years.length > 0 && year !== null && (
          <div class="field">
            <label for={`${idPrefix}-year`}>Jaar</label>
            <select id={`${idPrefix}-year`} value={year} onChange={(event) => setChosenYear(Number(event.currentTarget.value))} data-testid="map-year">
              {years.map((item) => (
                <option key={item} value={item}>
                  {item}
                </option>
              ))}
            </select>
          </div>
        )}
        {collection && collection.divisions.length > 1 && (
          <div class="field">
            <label for={`${idPrefix}-division`}>Kaart</label>
            <select id={`${idPrefix}-division`} value={collection.divisionYear} onChange={(event) => setChosenDivision(Number(event.currentTarget.value))} data-testid="map-division">
              {collection.divisions.map((division) => (
                <option key={division} value={division}>
                  Indeling {division}
                </option>
              ))}
            </select>
          </div>
        )}
      </form>
      {shapes.error ? (
        <ErrorMessage error={shapes.error} retry={shapes.reload} />
      ) : series.error ? (
        <ErrorMessage error={series.error} retry={series.reload} />
      ) : !collection || (seriesKey && !series.data) ? (
        <Loading what="De kaart" />
      ) : collection.features.length === 0 ? (
        <p class="muted" data-testid="map-no-shapes">
          Er zijn nog geen grenzen van de {levelNames[level]} geladen; het programmabureau laadt ze uit de wijk- en buurtkaart van het CBS.
        </p>
      ) : areas.length === 0 ? (
        <p class="muted" data-testid="map-no-shapes">
          De kaart van {collection.divisionYear} heeft geen grenzen van {place}.
        </p>
      ) : year === null ? (
        <p class="muted" data-testid="map-no-figures">
          Voor de {levelNames[level]} zijn nog geen cijfers van deze indicator.
        </p>
      ) : (
        <div aria-busy={series.loading}>
          <div class="map-layout">
            <AreaMap
              map={within ? subsetMapName(collection, level, areas.map((area) => area.code)) : mapName(level, collection.divisionYear)}
              regions={regions}
              label={`Kaart van ${indicator.name} in ${place}, ${year}. Dezelfde cijfers staan in de tabel eronder.`}
              focused={focused}
              onFocus={setFocused}
              onOpen={(code) => route(`/wijken/${code}`)}
              height={height}
              testId="choropleth-map"
            />
            <MapLegend classes={classes} figures={figures} unit={indicator.unit} direction={indicator.direction} city={city} year={year} />
          </div>
          <MapTable figures={figures} classes={classes} unit={indicator.unit} year={year} caption={`${indicator.name} in ${place}, ${year}`} onFocus={setFocused} />
        </div>
      )}
    </div>
  );
}
