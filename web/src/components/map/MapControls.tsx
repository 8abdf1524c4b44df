import type { ComponentChildren } from "preact";
import type { MapLevel } from "../../api/shapes";

/** The choices above a map: which areas (unless the page fixed them), which year, and which kaart when there are more. */
export function MapControls({
  idPrefix,
  level,
  onLevel,
  years,
  year,
  onYear,
  divisions,
  division,
  onDivision,
  children,
}: {
  idPrefix: string;
  level: MapLevel | null;
  onLevel: (level: MapLevel) => void;
  years: number[];
  year: number | null;
  onYear: (year: number) => void;
  divisions: number[];
  division: number | null;
  onDivision: (division: number) => void;
  /** Fields of the page's own, put first. */
  children?: ComponentChildren;
}) {
  return (
    <form class="filters map-controls" onSubmit={(event) => event.preventDefault()}>
      {children}
      {level !== null && (
        <div class="field">
          <label for={`${idPrefix}-level`}>Gebieden</label>
          <select id={`${idPrefix}-level`} value={level} onChange={(event) => onLevel(event.currentTarget.value as MapLevel)} data-testid="map-level">
            <option value="buurt">Buurten</option>
            <option value="wijk">Wijken</option>
          </select>
        </div>
      )}
      {years.length > 0 && year !== null && (
        <div class="field">
          <label for={`${idPrefix}-year`}>Jaar</label>
          <select id={`${idPrefix}-year`} value={year} onChange={(event) => onYear(Number(event.currentTarget.value))} data-testid="map-year">
            {years.map((item) => (
              <option key={item} value={item}>
                {item}
              </option>
            ))}
          </select>
        </div>
      )}
      {divisions.length > 1 && division !== null && (
        <div class="field">
          <label for={`${idPrefix}-division`}>Kaart</label>
          <select id={`${idPrefix}-division`} value={division} onChange={(event) => onDivision(Number(event.currentTarget.value))} data-testid="map-division">
            {divisions.map((item) => (
              <option key={item} value={item}>
                Indeling {item}
              </option>
            ))}
          </select>
        </div>
      )}
    </form>
  );
}
