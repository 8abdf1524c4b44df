// What a choropleth shows for one year: each area's fill and tooltip from its figure, in the fixed classes.
import type { AreaSeries, SeriesPoint } from "../api/types";
import type { MapRegion } from "./mapRegion";
import { derivedNote, formatNumber, label, observationStatusNames, suppressedNote } from "../labels";
import { classOf, missingColor, suppressedColor, type MapClass } from "./classes";

export type FigureKind = "value" | "suppressed" | "missing";

/** An area on the map in the chosen year: its figure (none when the source has no row for that year) and its class. */
export interface MapFigure {
  code: string;
  name: string;
  point: SeriesPoint | null;
  kind: FigureKind;
  mapClass?: MapClass;
}

export function classLabel(classes: MapClass[], item: MapClass, unit: string | null): string {
  const last = classes.indexOf(item) === classes.length - 1;
  return `${formatNumber(item.from)} ${last ? "t/m" : "tot"} ${formatNumber(item.to, unit)}`;
}

/** Every area's figure in `year`, by name. */
export function mapFigures(areas: { code: string; name: string }[], series: Map<string, AreaSeries>, year: number, classes: MapClass[]): MapFigure[] {
  return areas
    .map((area) => {
      const point = series.get(area.code)?.points.find((item) => item.year === year) ?? null;
      const kind: FigureKind = !point ? "missing" : point.value === null ? "suppressed" : "value";
      return { ...area, point, kind, mapClass: point?.value != null ? classOf(classes, point.value) : undefined };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
}

export function mapRegions(figures: MapFigure[], classes: MapClass[], year: number, unit: string | null): MapRegion[] {
  return figures.map((figure) => {
    const { point } = figure;
    if (!point) return { code: figure.code, name: figure.name, fill: missingColor, lines: [`Geen cijfer in ${year}`] };
    const status = label(observationStatusNames, point.status) + (point.derived ? `, ${derivedNote}` : "");
    const source = `Bron: ${point.source || "onbekend"}`;
    if (figure.kind === "suppressed") {
      return { code: figure.code, name: figure.name, fill: suppressedColor, hatched: true, lines: [`${year}: geen waarde, ${suppressedNote}`, status, source] };
    }
    const item = figure.mapClass!;
    return { code: figure.code, name: figure.name, fill: item.color, lines: [`${year}: ${formatNumber(point.value, unit)}`, `Klasse ${classLabel(classes, item, unit)}`, status, source] };
  });
}
