import { useEffect, useMemo, useRef } from "preact/hooks";
import * as echarts from "echarts/core";
import { MapChart } from "echarts/charts";
import { AriaComponent, TooltipComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import type { EChartsCoreOption } from "echarts/core";
import { escapeHtml } from "../../charts/escapeHtml";
import { useECharts } from "../../charts/useECharts";
import { missingColor } from "../../maps/classes";
import type { MapRegion } from "../../maps/mapRegion";

echarts.use([MapChart, AriaComponent, TooltipComponent, SVGRenderer]);

/** Groningen lies near 53°N: a degree of longitude is cos(53°) of a degree of latitude. */
const aspectScale = Math.cos((53.2 * Math.PI) / 180);
const hatch = { symbol: "rect", dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -Math.PI / 4, color: "rgba(255, 255, 255, 0.85)" };

/**
 * The areas of a registered kaart as an SVG map. It can be used without a mouse: with the map focused, the arrow
 * keys go from area to area (in the order given) and show its tooltip, Enter opens it; a table beside the map can
 * point at an area through `focused` too.
 */
export function AreaMap({
  map,
  regions,
  label,
  focused,
  onFocus,
  onOpen,
  height = 420,
  testId,
}: {
  map: string;
  regions: MapRegion[];
  label: string;
  focused: string | null;
  onFocus: (code: string | null) => void;
  onOpen?: (code: string) => void;
  height?: number;
  testId?: string;
}) {
  const byCode = useMemo(() => new Map(regions.map((region) => [region.code, region])), [regions]);
  const option = useMemo<EChartsCoreOption>(
    () => ({
      tooltip: {
        trigger: "item",
        confine: true,
        className: "map-tooltip",
        extraCssText: "max-width: 18rem; white-space: normal;",
        formatter: (params: { name: string }) => tooltipHtml(byCode.get(params.name), params.name),
      },
      series: [
        {
          type: "map",
          map,
          nameProperty: "code",
          aspectScale,
          roam: false,
          selectedMode: false,
          label: { show: false },
          itemStyle: { areaColor: missingColor, borderColor: "#ffffff", borderWidth: 0.8 },
          // A highlighted area keeps its colour and gets a dark outline, so its class stays visible.
          emphasis: { label: { show: false }, itemStyle: { borderColor: "#1f2328", borderWidth: 2.5 } },
          data: regions.map((region) => ({
            name: region.code,
            itemStyle: {
              areaColor: region.fill,
              decal: region.hatched ? hatch : undefined,
              ...(region.outlined ? { borderColor: "#1f2328", borderWidth: 2 } : {}),
            },
            emphasis: { itemStyle: { areaColor: region.fill } },
          })),
        },
      ],
    }),
    [map, regions, byCode],
  );
  const { element, chart } = useECharts(option);
  const open = useRef(onOpen);
  open.current = onOpen;

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    instance.on("click", (params) => {
      if (params.name) open.current?.(params.name);
    });
    return () => {
      if (!instance.isDisposed()) instance.off("click");
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    instance.dispatchAction({ type: "downplay", seriesIndex: 0 });
    if (focused && byCode.has(focused)) {
      instance.dispatchAction({ type: "highlight", seriesIndex: 0, name: focused });
      instance.dispatchAction({ type: "showTip", seriesIndex: 0, name: focused });
    } else {
      instance.dispatchAction({ type: "hideTip" });
    }
  }, [focused, option]);

  function onKeyDown(event: KeyboardEvent) {
    if (regions.length === 0) return;
    const index = regions.findIndex((region) => region.code === focused);
    const step = event.key === "ArrowRight" || event.key === "ArrowDown" ? 1 : event.key === "ArrowLeft" || event.key === "ArrowUp" ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      onFocus(regions[index < 0 ? (step > 0 ? 0 : regions.length - 1) : (index + step + regions.length) % regions.length]!.code);
    } else if (event.key === "Enter" && focused) {
      event.preventDefault();
      onOpen?.(focused);
    } else if (event.key === "Escape") {
      onFocus(null);
    }
  }

  const current = focused ? byCode.get(focused) : undefined;
  return (
    <div class="area-map">
      <div
        ref={element}
        class="chart map"
        style={{ height: `${height}px` }}
        role="application"
        aria-roledescription="kaart"
        aria-label={`${label} Pijltjestoetsen gaan van gebied naar gebied, Enter opent het gebied.`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onBlur={() => onFocus(null)}
        data-testid={testId}
      />
      <p class="visually-hidden" aria-live="polite" data-testid="map-focused">
        {current ? [current.name, ...current.lines].join(", ") : ""}
      </p>
    </div>
  );
}

function tooltipHtml(region: MapRegion | undefined, code: string): string {
  if (!region) return escapeHtml(code);
  return [`<strong>${escapeHtml(region.name)}</strong>`, ...region.lines.map(escapeHtml)].join("<br>");
}
