import type { EChartsCoreOption } from "echarts/core";
import type { AreaSeries } from "../api/types";
import { chartColors } from "../components/Chart";
import { formatNumber } from "../labels";

/** Whether any of the series holds a figure worth drawing. */
export function hasFigures(series: AreaSeries[]): boolean {
  return series.some((area) => area.points.some((point) => point.value !== null));
}

/**
 * A line per area over the years of an indicator's series. Years without a figure are gaps, not zeros; only areas
 * with at least one figure get a line, so the legend names nothing that is not drawn.
 */
export function seriesChartOption(series: AreaSeries[], areaName: (code: string) => string, unit: string | null): EChartsCoreOption {
  const drawn = series.filter((area) => area.points.some((point) => point.value !== null));
  const years = [...new Set(drawn.flatMap((area) => area.points.map((point) => point.year)))].sort((a, b) => a - b);
  return {
    color: chartColors,
    tooltip: { trigger: "axis", valueFormatter: (value: unknown) => formatNumber(typeof value === "number" ? value : null, unit) },
    legend: { bottom: 0, type: "scroll" },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: "category", data: years.map(String), boundaryGap: false },
    yAxis: { type: "value", scale: true, axisLabel: { formatter: (value: number) => formatNumber(value, unit === "%" ? "%" : null) } },
    series: drawn.map((area) => {
      const byYear = new Map(area.points.map((point) => [point.year, point.value]));
      return {
        name: areaName(area.areaCode),
        type: "line",
        connectNulls: false,
        showSymbol: true,
        symbolSize: 7,
        data: years.map((year) => byYear.get(year) ?? null),
      };
    }),
  };
}
