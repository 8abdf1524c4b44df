import { Fragment } from "preact";
import type { AreaDashboard } from "../../api/types";
import { areaLevelNames, formatPopulation, formatValidity, label } from "../../labels";
import { Part } from "../Status";

/** The area's name, level and population with its source, and the programme it belongs to. */
export function AreaFacts({ view }: { view: AreaDashboard }) {
  const area = view.area;
  return (
    <header class="area-header">
      {area && (
        <p class="eyebrow" data-testid="area-level">
          {label(areaLevelNames, area.level)} · {area.code}
        </p>
      )}
      <h1 data-testid="area-name">{area?.name ?? view.code}</h1>
      <Part degraded={view.degraded} parts={["area"]}>
        {area && (
          <dl class="figures area-facts">
            <dt>Inwoners</dt>
            <dd data-testid="area-population">
              {formatPopulation(area.population, area.populationYear)}
              {area.population !== null && <span class="source-note">Bron: {area.source}</span>}
            </dd>
            {formatValidity(area.validFromYear, area.validToYear) && (
              <>
                <dt>Indeling</dt>
                <dd>{formatValidity(area.validFromYear, area.validToYear)}</dd>
              </>
            )}
            {area.programmes.map((membership) => (
              <Fragment key={membership.programme}>
                <dt>Programma</dt>
                <dd data-testid="area-programme">
                  {membership.programme === "nplv-groningen-noord" ? "NPLV Groningen-Noord" : membership.programme}, programmawijk {membership.programmeWijk},
                  {membership.toYear ? ` ${membership.fromYear}–${membership.toYear}` : ` sinds ${membership.fromYear}`}
                  <span class="source-note">Bron: {membership.source}</span>
                </dd>
              </Fragment>
            ))}
          </dl>
        )}
      </Part>
    </header>
  );
}
