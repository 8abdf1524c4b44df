import type { MapClass } from "../../maps/classes";
import { classLabel, type MapFigure } from "../../maps/choropleth";
import { derivedNote, formatNumber, label, observationStatusNames, suppressedNote } from "../../labels";

/**
 * The map's figures as a table, the same as the tooltips say. Pointing at a row, or reaching its link with the
 * keyboard, shows that area on the map.
 */
export function MapTable({ figures, classes, unit, year, caption, onFocus }: { figures: MapFigure[]; classes: MapClass[]; unit: string | null; year: number; caption: string; onFocus: (code: string | null) => void }) {
  return (
    <div class="table-scroll map-table">
      <table class="figure-table stack-table" data-testid="map-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Gebied</th>
            <th scope="col" class="number">
              Waarde {year}
            </th>
            <th scope="col">Klasse</th>
            <th scope="col">Status</th>
            <th scope="col">Bron</th>
          </tr>
        </thead>
        <tbody onMouseLeave={() => onFocus(null)}>
          {figures.map((figure) => (
            <tr key={figure.code} data-area={figure.code} data-kind={figure.kind} onMouseEnter={() => onFocus(figure.code)}>
              <td data-label="Gebied">
                <a href={`/wijken/${figure.code}`} onFocus={() => onFocus(figure.code)} onBlur={() => onFocus(null)}>
                  {figure.name}
                </a>
              </td>
              <td class={figure.kind === "value" ? "number" : "number missing"} data-label="Waarde" data-testid="map-value">
                {figure.kind === "missing" ? "geen cijfer" : formatNumber(figure.point!.value, unit)}
                {figure.kind === "suppressed" && <span class="derived">{suppressedNote}</span>}
                {figure.point?.derived && <span class="derived">{derivedNote}</span>}
              </td>
              <td data-label="Klasse" data-testid="map-class-of" data-color={figure.mapClass?.color ?? ""}>
                {figure.mapClass ? (
                  <>
                    <span class="swatch" style={{ background: figure.mapClass.color }} aria-hidden="true" />
                    {classLabel(classes, figure.mapClass, unit)}
                  </>
                ) : figure.kind === "suppressed" ? (
                  "afgeschermd"
                ) : (
                  "geen cijfer"
                )}
              </td>
              <td data-label="Status">{figure.point ? label(observationStatusNames, figure.point.status) : ""}</td>
              <td class="source" data-label="Bron" data-testid="map-source">
                {figure.point ? figure.point.source || "onbekend" : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
