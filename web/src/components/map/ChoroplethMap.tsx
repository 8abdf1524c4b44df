import type { ComponentChildren } from "preact";
import { useMemo, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { mapName, subsetMapName, type MapLevel } from "../../api/shapes";
import type { Indicator } from "../../api/types";
import { cityCode } from "../../city";
import { mapFigures, mapRegions } from "../../maps/choropleth";
import { ErrorMessage, Loading } from "../Status";
import { AreaMap } from "./AreaMap";
import { MapControls } from "./MapControls";
import { MapLegend } from "./MapLegend";
import { MapTable } from "./MapTable";
import { useChoroplethData } from "./useChoroplethData";

const levelNames: Record<MapLevel, string> = { buurt: "buurten", wijk: "wijken" };

/**
 * An indicator on the map of the city's buurten or wijken in a year the reader picks, in classes that stay put while
 * the year moves (see useChoroplethData for the kaart and the classes). With `within`, only those areas are drawn,
 * in the city's classes.
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
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const data = useChoroplethData(indicator, level, chosenDivision);
  const { collection, byCode, years, classes } = data;

  const areas = useMemo(() => {
    const all = (collection?.features ?? []).map((feature) => ({ code: feature.id, name: feature.properties.name || feature.id }));
    return within ? all.filter((area) => within.codes.includes(area.code)) : all;
  }, [collection, within]);
  const year = chosenYear !== null && years.includes(chosenYear) ? chosenYear : (years.at(-1) ?? null);
  const figures = useMemo(() => (year === null ? [] : mapFigures(areas, byCode, year, classes)), [areas, byCode, year, classes]);
  const regions = useMemo(() => (year === null ? [] : mapRegions(figures, classes, year, indicator.unit)), [figures, classes, year, indicator.unit]);
  const city = year === null ? null : (byCode.get(cityCode)?.points.find((point) => point.year === year) ?? null);
  const place = within ? `de buurten van ${within.name}` : `de ${levelNames[level]} van Groningen`;

  return (
    <div class="choropleth" data-testid="choropleth" data-division={data.ready ? collection?.divisionYear : undefined}>
      <MapControls
        idPrefix={idPrefix}
        level={within ? null : level}
        onLevel={(next) => {
          setLevel(next);
          setChosenDivision(null);
        }}
        years={data.ready ? years : []}
        year={year}
        onYear={setChosenYear}
        divisions={data.divisions}
        division={collection?.divisionYear ?? null}
        onDivision={setChosenDivision}
      >
        {controls}
      </MapControls>
      {data.shapesError ? (
        <ErrorMessage error={data.shapesError} retry={data.reloadShapes} />
      ) : data.seriesError ? (
        <ErrorMessage error={data.seriesError} retry={data.reloadSeries} />
      ) : !collection ? (
        <Loading what="De kaart" />
      ) : collection.features.length === 0 ? (
        <p class="muted" data-testid="map-no-shapes">
          Er zijn nog geen grenzen van de {levelNames[level]} geladen; het programmabureau laadt ze uit de wijk- en buurtkaart van het CBS.
        </p>
      ) : !data.ready ? (
        <Loading what="De kaart" />
      ) : areas.length === 0 ? (
        <p class="muted" data-testid="map-no-shapes">
          De kaart van {collection.divisionYear} heeft geen grenzen van {place}.
        </p>
      ) : year === null ? (
        <p class="muted" data-testid="map-no-figures">
          Voor {place} zijn nog geen cijfers van deze indicator op de kaart van {collection.divisionYear}.
        </p>
      ) : (
        <div aria-busy={data.loading}>
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
