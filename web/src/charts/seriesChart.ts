// Builds the ECharts option for indicator series: one line per area over the years, optionally with the area's
// baseline and its goal. Used by the area, indicator and measure pages.
import type { EChartsCoreOption } from "echarts/core";
import type { AreaSeries, SeriesPoint } from "../api/types";
import { chartColors } from "../components/Chart";
import { formatNumber, label, observationStatusNames } from "../labels";
import { escapeHtml as escape } from "./escapeHtml";

export type LineRole = "focus" | "city" | "other";

export interface ChartLine {
  name: string;
  points: SeriesPoint[];
  role?: LineRole;
}

export interface ChartTarget {
  baselineYear: number;
  baselineValue: number;
  targetYear: number;
  /** The value to reach by targetYear; without it only the baseline is drawn. */
  goalValue: number | null;
}

export interface SeriesChartInput {
  lines: ChartLine[];
  unit: string | null;
  target?: ChartTarget | null;
}

const cityColor = "#57606a";
const baselineColor = "#c2410c";
const goalColor = "#15803d";

interface PointDatum {
  value: [number, number | null];
  symbol: string;
  status: string;
  source: string;
  derived: boolean;
}

/** Whether there is anything to draw: at least one figure with a value, or a baseline. */
export function hasFigures(input: SeriesChartInput): boolean {
  return Boolean(input.target) || input.lines.some((line) => line.points.some((point) => point.value !== null));
}

/** Lines for the areas in a series answer, in its order, named with `names` (falling back to the code). */
export function linesFromSeries(series: AreaSeries[], names: Record<string, string>, roles: Record<string, LineRole> = {}): ChartLine[] {
  return series.map((item) => ({ name: names[item.areaCode] ?? item.areaCode, points: item.points, role: roles[item.areaCode] ?? "other" }));
}

export function seriesChartOption({ lines, unit, target }: SeriesChartInput): EChartsCoreOption {
  const years = lines.flatMap((line) => line.points.map((point) => point.year));
  if (target) years.push(target.baselineYear, ...(target.goalValue !== null ? [target.targetYear] : []));
  let minYear = Math.min(...years);
  let maxYear = Math.max(...years);
  if (!Number.isFinite(minYear)) minYear = maxYear = new Date().getFullYear();
  // A single year would sit on the axis edge; give it room on both sides.
  if (minYear === maxYear) {
    minYear -= 1;
    maxYear += 1;
  }

  let otherIndex = 0;
  const series: object[] = lines.map((line) => {
    const role = line.role ?? "other";
    const color = role === "focus" ? chartColors[0] : role === "city" ? cityColor : chartColors[1 + (otherIndex++ % (chartColors.length - 1))];
    const data: PointDatum[] = [...line.points]
      .sort((a, b) => a.year - b.year)
      .map((point) => ({
        value: [point.year, point.value],
        symbol: point.derived ? "emptyCircle" : "circle",
        status: point.status,
        source: point.source,
        derived: point.derived,
      }));
    return {
      name: line.name,
      type: "line",
      data,
      color,
      symbol: "circle",
      symbolSize: role === "focus" ? 9 : 7,
      showAllSymbol: true,
      connectNulls: false,
      lineStyle: { width: role === "focus" ? 3 : 2 },
      z: role === "focus" ? 3 : 2,
    };
  });

  if (target) {
    series.push({
      name: `Nulmeting ${target.baselineYear}`,
      type: "line",
      color: baselineColor,
      symbol: "diamond",
      symbolSize: 14,
      data: [{ value: [target.baselineYear, target.baselineValue], kind: "baseline" }],
      z: 4,
    });
    if (target.goalValue !== null) {
      series.push({
        name: `Doel ${target.targetYear}`,
        type: "line",
        color: goalColor,
        symbol: ["none", "triangle"],
        symbolSize: 11,
        lineStyle: { type: "dashed", width: 2 },
        data: [
          { value: [target.baselineYear, target.baselineValue], kind: "baseline", symbol: "none" },
          { value: [target.targetYear, target.goalValue], kind: "goal", symbol: "triangle" },
        ],
        z: 1,
      });
    }
  }

  return {
    tooltip: {
      trigger: "item",
      confine: true,
      extraCssText: "max-width: 18rem; white-space: normal;",
      formatter: (params: { seriesName: string; data: Partial<PointDatum> & { kind?: string; value: [number, number | null] } }) => tooltip(params.seriesName, params.data, unit),
    },
    legend: { bottom: 0, type: "scroll" },
    grid: { left: 8, right: 24, top: 32, bottom: 48 },
    xAxis: {
      type: "value",
      min: minYear,
      max: maxYear,
      minInterval: 1,
      axisLabel: { formatter: (year: number) => String(year), hideOverlap: true },
      splitLine: { show: false },
    },
    yAxis: {
      type: "value",
      scale: true,
      name: unit ?? "",
      nameTextStyle: { align: "left" },
      axisLabel: { formatter: (value: number) => formatNumber(value) },
    },
    series,
  };
}

function tooltip(seriesName: string, datum: Partial<PointDatum> & { kind?: string; value: [number, number | null] }, unit: string | null): string {
  const [year, value] = datum.value;
  const lines = [`<strong>${escape(seriesName)}</strong>`, `${year}: ${escape(formatNumber(value, unit))}`];
  if (datum.kind === "baseline") lines[1] = `Nulmeting ${year}: ${escape(formatNumber(value, unit))}`;
  if (datum.kind === "goal") lines[1] = `Doel in ${year}: ${escape(formatNumber(value, unit))}`;
  if (datum.status) lines.push(label(observationStatusNames, datum.status) + (datum.derived ? ", afgeleid uit buurtcijfers" : ""));
  if (datum.source) lines.push(`Bron: ${escape(datum.source)}`);
  return lines.join("<br>");
}
