import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import type { EChartsCoreOption } from "echarts/core";
import { useECharts } from "../charts/useECharts";

echarts.use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

/**
 * An ECharts chart that follows its container's width. `label` is read out instead of the drawing; pages put the
 * figures beside it in a table too, so nothing is only in the picture.
 */
export function Chart({ option, label, height = 280, testId }: { option: EChartsCoreOption; label: string; height?: number; testId?: string }) {
  const { element } = useECharts(option);
  return <div ref={element} class="chart" style={{ height: `${height}px` }} role="img" aria-label={label} data-testid={testId} />;
}

export const chartColors = ["#1f5fa8", "#c2410c", "#15803d", "#7c3aed", "#a16207", "#0f766e", "#be185d"];
