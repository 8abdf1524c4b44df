import type { Target, TrackedIndicator, Value } from "../../api/types";
import { cityLabel, formatNumber, label, observationStatusNames, targetStatusNames } from "../../labels";

/** What the dashboard says about an indicator here: the latest value beside the city's, and how the goal stands. */
export function TrackedSummary({ tracked, unit, areaName, isCity }: { tracked: TrackedIndicator; unit: string | null; areaName: string; isCity: boolean }) {
  return (
    <dl class="figures tracked" data-testid={`indicator-summary-${tracked.code}`}>
      <dt>{isCity ? "Laatste waarde" : `Laatste waarde ${areaName}`}</dt>
      <dd data-testid="latest-value">
        <ValueText value={tracked.latest} unit={unit} />
      </dd>
      {!isCity && (
        <>
          <dt>{cityLabel}</dt>
          <dd data-testid="city-value">
            <ValueText value={tracked.city} unit={unit} />
          </dd>
        </>
      )}
      <dt>Doel</dt>
      <dd data-testid="target">
        <span class={`status-${tracked.status}`} data-testid="target-status">
          {label(targetStatusNames, tracked.status)}
        </span>
        {tracked.target && <TargetText target={tracked.target} unit={unit} />}
      </dd>
    </dl>
  );
}

function ValueText({ value, unit }: { value: Value | null; unit: string | null }) {
  if (!value) return <span class="muted">geen cijfer</span>;
  return (
    <>
      {formatNumber(value.value, unit)} <span class="muted">({value.year}, {label(observationStatusNames, value.status)})</span>
      <span class="source-note">Bron: {value.source || "onbekend"}</span>
    </>
  );
}

function TargetText({ target, unit }: { target: Target; unit: string | null }) {
  const goal =
    target.goalValue !== null ? `${formatNumber(target.goalValue, unit)} in ${target.targetYear}` : `doel voor ${target.targetYear} nog niet te berekenen`;
  const relative = target.relativeGoal
    ? ` (de achterstand op ${target.relativeGoal.referenceAreaCode === "GM0014" ? "de stad" : target.relativeGoal.referenceAreaCode} met ${formatNumber(target.relativeGoal.gapFraction * 100)}% verkleinen)`
    : "";
  return (
    <>
      {": "}
      {goal}
      {relative}; nulmeting {formatNumber(target.baselineValue, unit)} in {target.baselineYear}.
      {target.projectedValue !== null && (
        <>
          {" "}
          Bij de huidige trend{target.trendPerYear !== null ? ` (${formatNumber(target.trendPerYear, unit)} per jaar)` : ""}: {formatNumber(target.projectedValue, unit)} in{" "}
          {target.targetYear}.
        </>
      )}
      <span class="source-note">Bron: {target.source || "onbekend"}</span>
    </>
  );
}
