import type { SeriesPoint } from "../api/types";
import { areaLevelNames, derivedNote, formatNumber, label, observationStatusNames, suppressedNote } from "../labels";

export interface FigureRow {
  areaCode: string;
  areaName: string;
  /** Where the area name links to; no link when absent. */
  href?: string;
  /** The area's level, shown in its own column when the table mixes levels. */
  level?: string;
  point: SeriesPoint;
}

/**
 * The figures behind a chart, one row per area and year, each with its status and source. A missing value reads
 * "geen waarde", never zero; a wijk figure computed from its buurten says so.
 */
export function FigureTable({ rows, unit, caption, showArea = true, showLevel = false, testId }: { rows: FigureRow[]; unit: string | null; caption: string; showArea?: boolean; showLevel?: boolean; testId?: string }) {
  if (rows.length === 0) return <p class="muted">Nog geen cijfers.</p>;
  return (
    <div class="table-scroll">
      <table class="figure-table stack-table" data-testid={testId}>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {showArea && <th scope="col">Gebied</th>}
            {showLevel && <th scope="col">Niveau</th>}
            <th scope="col">Jaar</th>
            <th scope="col" class="number">
              Waarde
            </th>
            <th scope="col">Status</th>
            <th scope="col">Bron</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.areaCode}-${row.point.year}`} data-area={row.areaCode} data-year={row.point.year}>
              {showArea && <td data-label="Gebied">{row.href ? <a href={row.href}>{row.areaName}</a> : row.areaName}</td>}
              {showLevel && <td data-label="Niveau">{label(areaLevelNames, row.level)}</td>}
              <td data-label="Jaar">{row.point.year}</td>
              <td class={row.point.value === null ? "number missing" : "number"} data-label="Waarde" data-testid="figure-value">
                <span>
                  {formatNumber(row.point.value, unit)}
                  {row.point.value === null && (
                    <span class="derived" data-testid="figure-suppressed">
                      {suppressedNote}
                    </span>
                  )}
                  {row.point.derived && (
                    <span class="derived" data-testid="figure-derived">
                      {derivedNote}
                    </span>
                  )}
                </span>
              </td>
              <td data-label="Status">{label(observationStatusNames, row.point.status)}</td>
              <td class="source" data-label="Bron" data-testid="figure-source">
                {row.point.source || "onbekend"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Rows for several areas' points: by area in the given order, then by year. */
export function figureRows(
  series: { areaCode: string; points: SeriesPoint[] }[],
  names: Record<string, string>,
  href?: (code: string) => string | undefined,
  levels: Record<string, string> = {},
): FigureRow[] {
  return series.flatMap((item) =>
    [...item.points]
      .sort((a, b) => a.year - b.year)
      .map((point) => ({ areaCode: item.areaCode, areaName: names[item.areaCode] ?? item.areaCode, href: href?.(item.areaCode), level: levels[item.areaCode], point })),
  );
}
