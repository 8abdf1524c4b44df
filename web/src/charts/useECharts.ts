import { useEffect, useRef } from "preact/hooks";
import * as echarts from "echarts/core";
import type { EChartsCoreOption } from "echarts/core";

/**
 * An ECharts instance drawn as SVG in `element`, following its width, with `option` set whole each time it changes.
 * The instance is handed back so a caller can act on it (highlight an area, show a tooltip, follow a click).
 */
export function useECharts(option: EChartsCoreOption) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const container = element.current;
    if (!container) return;
    const instance = echarts.init(container, null, { renderer: "svg" });
    chart.current = instance;
    // A chart leaving the page shrinks to nothing first; a map cannot be laid out in no room, so that is not followed.
    const observer = new ResizeObserver(() => {
      if (!instance.isDisposed() && container.clientWidth > 0 && container.clientHeight > 0) instance.resize();
    });
    observer.observe(container);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, animation: false, ...option }, { notMerge: true });
  }, [option]);

  return { element, chart };
}
