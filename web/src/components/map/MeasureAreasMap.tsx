import { useMemo, useState } from "preact/hooks";
import { mapName, useAreaShapes, type MapLevel } from "../../api/shapes";
import type { Area } from "../../api/types";
import { useAllPages } from "../../api/useAllPages";
import { missingColor } from "../../maps/classes";
import { ErrorMessage, Loading } from "../Status";
import type { MapRegion } from "../../maps/mapRegion";
import { AreaMap } from "./AreaMap";

const runsHereColor = "#1f5fa8";

/**
 * Where measures run, on the newest kaart: an area is coloured when a measure names it, or names the wijk it lies in
 * (for buurten) or one of its buurten (for wijken). `measures` holds each measure's areas; the tooltip counts them.
 */
export function MeasureAreasMap({
  level,
  measures,
  label,
  describe,
  listTitle,
  selected = null,
  onOpen,
  height = 320,
  testId,
}: {
  level: MapLevel;
  measures: string[][];
  label: string;
  describe: (count: number) => string;
  /** Says what the list of the coloured areas beneath the map holds. */
  listTitle: string;
  /** An area the page has chosen, outlined on the map. */
  selected?: string | null;
  onOpen: (code: string) => void;
  height?: number;
  testId?: string;
}) {
  const shapes = useAreaShapes(level);
  const buurten = useAllPages<Area>("/api/v1/areas?level=buurt");
  const [focused, setFocused] = useState<string | null>(null);

  const regions = useMemo<(MapRegion & { count: number })[]>(() => {
    const parentOf = new Map((buurten.data ?? []).map((buurt) => [buurt.code, buurt.parentCode]));
    const covers = (region: string, named: string) =>
      region === named || (level === "buurt" ? parentOf.get(region) === named : parentOf.get(named) === region);
    return (shapes.data?.features ?? [])
      .map((feature) => {
        const count = measures.filter((areas) => areas.some((named) => covers(feature.id, named))).length;
        const chosen = feature.id === selected;
        return {
          code: feature.id,
          name: feature.properties.name || feature.id,
          count,
          fill: count > 0 ? runsHereColor : missingColor,
          outlined: chosen,
          lines: chosen ? [describe(count), "het gekozen gebied"] : [describe(count)],
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, "nl"));
  }, [shapes.data, buurten.data, measures, level, describe, selected]);

  const lit = regions.filter((region) => region.count > 0);
  if (shapes.error) return <ErrorMessage error={shapes.error} retry={shapes.reload} />;
  if (buurten.error) return <ErrorMessage error={buurten.error} retry={buurten.reload} />;
  if (!shapes.data || !buurten.data) return <Loading what="De kaart" />;
  // Without outlines there is no map to show; the list of areas says the same.
  if (shapes.data.features.length === 0) return null;
  return (
    <div data-testid={testId}>
      <AreaMap
        map={mapName(level, shapes.data.divisionYear)}
        regions={regions}
        label={label}
        focused={focused}
        onFocus={setFocused}
        onOpen={onOpen}
        height={height}
        testId={testId && `${testId}-drawing`}
      />
      <p class="map-legend hint">
        <span class="swatch" style={{ background: runsHereColor }} aria-hidden="true" />
        loopt hier <span class="swatch" style={{ background: missingColor }} aria-hidden="true" /> niet
      </p>
      {/* What the colours say, as text: the coloured areas, each with what its tooltip says. */}
      <p class="hint">{listTitle}</p>
      {lit.length === 0 && <p class="muted">Geen.</p>}
      <ul class="link-list" data-testid={testId && `${testId}-areas`}>
        {lit.map((region) => (
          <li key={region.code} data-area={region.code}>
            <a
              href={`/wijken/${region.code}`}
              onClick={(event) => {
                event.preventDefault();
                onOpen(region.code);
              }}
              onFocus={() => setFocused(region.code)}
              onBlur={() => setFocused(null)}
            >
              {region.name}
            </a>
            <span class="muted"> ({region.lines[0]})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
