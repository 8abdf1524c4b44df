import type { SeriesPoint } from "../../api/types";
import { classMethod, missingColor, suppressedColor, type MapClass } from "../../maps/classes";
import { classLabel, type MapFigure } from "../../maps/choropleth";
import { directionNames, formatNumber, label } from "../../labels";

/**
 * What the colours mean: each class with its bounds and how many areas are in it this year, the areas without a
 * figure apart from them, the city's figure to compare with, and how the classes were made.
 */
export function MapLegend({ classes, figures, unit, direction, city, year }: { classes: MapClass[]; figures: MapFigure[]; unit: string | null; direction: string; city: SeriesPoint | null; year: number }) {
  const count = (test: (figure: MapFigure) => boolean) => figures.filter(test).length;
  return (
    <div class="map-legend" data-testid="map-legend">
      <ul>
        {classes.map((item) => (
          <li key={item.from} data-testid="map-class" data-color={item.color} data-from={item.from} data-to={item.to}>
            <span class="swatch" style={{ background: item.color }} aria-hidden="true" />
            <span data-testid="map-class-label">{classLabel(classes, item, unit)}</span>
            <span class="muted"> ({count((figure) => figure.mapClass === item)})</span>
          </li>
        ))}
        <li data-testid="map-class-suppressed">
          <span class="swatch hatched" style={{ background: suppressedColor }} aria-hidden="true" />
          Afgeschermd door de bron <span class="muted">({count((figure) => figure.kind === "suppressed")})</span>
        </li>
        <li data-testid="map-class-missing">
          <span class="swatch" style={{ background: missingColor }} aria-hidden="true" />
          Geen cijfer in {year} <span class="muted">({count((figure) => figure.kind === "missing")})</span>
        </li>
      </ul>
      <p data-testid="map-city">
        Groningen (gemeente) in {year}: <strong>{city ? formatNumber(city.value, unit) : "geen cijfer"}</strong>
      </p>
      <p class="hint">
        Blauw is beter, rood slechter ({label(directionNames, direction)}). {classMethod}
      </p>
    </div>
  );
}
