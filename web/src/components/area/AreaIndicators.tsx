import type { AreaDashboard, Indicator, TrackedIndicator } from "../../api/types";
import type { Loaded } from "../../api/useApi";
import { themeNames } from "../../labels";
import { DegradedNotice, ErrorMessage, Loading } from "../Status";
import { AreaIndicator, type IndicatorInfo } from "./AreaIndicator";

const themeOrder = Object.keys(themeNames);

/**
 * Every indicator, not only the ones the dashboard tracks here: most figures exist for the city only, and a wijk
 * page still shows the city's line. The dashboard adds the latest value, the city's and the goal where it has them.
 */
export function AreaIndicators({ view, indicators }: { view: AreaDashboard; indicators: Loaded<Indicator[]> }) {
  const list = indicatorList(indicators.data ?? (indicators.error ? [] : undefined), view.indicators);
  const tracked = new Map(view.indicators.map((item) => [item.code, item]));
  const areaName = view.area?.name ?? view.code;

  return (
    <section id="indicatoren" aria-labelledby="indicators-title" tabIndex={-1}>
      <h2 id="indicators-title">Indicatoren</h2>
      <p class="muted">
        {view.code === view.cityAreaCode
          ? "Per indicator de cijfers van de stad door de jaren, met de nulmeting en het doel waar die er zijn."
          : `Per indicator de cijfers van ${areaName} door de jaren naast die van de stad, met de nulmeting en het doel waar die er zijn.`}{" "}
        Open rondjes zijn wijkcijfers die uit de buurten zijn afgeleid; onder elke grafiek staan alle cijfers met hun bron.
      </p>
      {["indicators", "targets", "cityComparison"]
        .filter((part) => view.degraded.includes(part))
        .map((part) => (
          <DegradedNotice key={part} part={part} />
        ))}
      {indicators.error && <ErrorMessage error={indicators.error} retry={indicators.reload} />}
      {list === undefined ? (
        <Loading what="De indicatoren" />
      ) : list.length === 0 ? (
        !indicators.error && <p class="muted">Er zijn nog geen indicatoren.</p>
      ) : (
        list.map((indicator) => (
          <AreaIndicator key={indicator.code} indicator={indicator} tracked={tracked.get(indicator.code)} areaCode={view.code} areaName={areaName} cityCode={view.cityAreaCode} />
        ))
      )}
    </section>
  );
}

/** The indicator list with any tracked indicator it lacks, by theme and name. */
function indicatorList(all: Indicator[] | undefined, tracked: TrackedIndicator[]): IndicatorInfo[] | undefined {
  if (all === undefined) return undefined;
  const known = new Set(all.map((indicator) => indicator.code));
  const extra: IndicatorInfo[] = tracked
    .filter((item) => !known.has(item.code))
    .map((item) => ({ code: item.code, name: item.name ?? item.code, unit: item.unit, direction: item.direction, theme: item.theme }));
  return [...all, ...extra].sort(
    (a, b) => rank(a.theme) - rank(b.theme) || (a.theme ?? "").localeCompare(b.theme ?? "") || a.name.localeCompare(b.name, "nl"),
  );
}

function rank(theme: string | null): number {
  const index = themeOrder.indexOf(theme ?? "");
  return index < 0 ? themeOrder.length : index;
}
