import { useCallback, useMemo } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import { useApi } from "../api/useApi";
import type { MeasureOverview } from "../api/types";
import { mayEditFor } from "../auth/session";
import { useSession } from "../auth/useSession";
import { FundingTable } from "../components/FundingTable";
import { MeasureIndicatorCard } from "../components/MeasureIndicatorCard";
import { MeasureAreasMap } from "../components/map/MeasureAreasMap";
import { MilestoneList } from "../components/MilestoneList";
import { MeasureReports } from "../components/report/MeasureReports";
import { Await, DegradedNotice, Part } from "../components/Status";
import { areaLevelNames, formatDateTime, label, measureStatusNames, partnerTypeNames, themeNames } from "../labels";
import { formatPeriod } from "../formatPeriod";
import { ChangeHistory } from "../components/ChangeHistory";
import { usePageTitle } from "../usePageTitle";

const runsHere = (count: number) => (count > 0 ? "Hier loopt deze maatregel" : "Hier loopt deze maatregel niet");

export function MeasurePage() {
  const { params } = useRoute();
  const overview = useApi<MeasureOverview>(`/api/v1/measures/${encodeURIComponent(params.id ?? "")}/overview`);
  usePageTitle(overview.data?.measure.title ?? "Maatregel");

  return (
    <Await loaded={overview} what="De maatregel">
      {(view) => <Measure view={view} />}
    </Await>
  );
}

function Measure({ view }: { view: MeasureOverview }) {
  const user = useSession();
  const { measure, leadPartner, degraded } = view;
  const areaName = useCallback((code: string) => view.areas.find((area) => area.code === code)?.name ?? code, [view]);
  const { route } = useLocation();
  const measureAreas = useMemo(() => [measure.areaCodes], [measure]);

  return (
    <article data-testid="measure-page" data-id={measure.id}>
      <p class="breadcrumb">
        <a href="/maatregelen">Maatregelen</a>
      </p>
      <div class="page-heading">
        <h1 data-testid="measure-title">{measure.title}</h1>
        {mayEditFor(user, measure.leadPartnerId) && (
          <a class="button" href={`/maatregelen/${measure.id}/bewerken`} data-testid="edit-link">
            Bewerken
          </a>
        )}
      </div>
      <p class="tags">
        <a class="tag" href={`/maatregelen?thema=${measure.theme}`}>
          {label(themeNames, measure.theme)}
        </a>
        <span class={`tag measure-status-${measure.status}`} data-testid="measure-status">
          {label(measureStatusNames, measure.status)}
        </span>
      </p>
      {measure.description && <p class="description">{measure.description}</p>}

      <dl class="figures facts">
        <dt>Trekker</dt>
        <dd>
          <a href={`/partners/${leadPartner.id}`} data-testid="lead-partner">
            {leadPartner.name ?? (degraded.includes("partners") ? "naam nu niet beschikbaar" : "onbekende partner")}
          </a>
        </dd>
        <dt>Looptijd</dt>
        <dd>{formatPeriod(measure.startDate, measure.endDate)}</dd>
        <dt>Laatst gewijzigd</dt>
        <dd>{formatDateTime(measure.updatedAt)}</dd>
      </dl>

      <section aria-labelledby="partners-title">
        <h2 id="partners-title">Deelnemende partners</h2>
        <Part degraded={degraded} parts={["partners"]}>
          {view.participants.length === 0 ? (
            <p class="muted">Alleen de trekker werkt aan deze maatregel.</p>
          ) : (
            <ul class="plain-list" data-testid="measure-participants">
              {view.participants.map((participant) => (
                <li key={participant.partnerId}>
                  <a href={`/partners/${participant.partnerId}`}>{participant.name ?? "onbekende partner"}</a>
                  {participant.type && <span class="muted">{` (${label(partnerTypeNames, participant.type)})`}</span>}
                  {participant.archived && <span class="muted"> · gearchiveerd</span>}
                  {participant.role && <span>{`: ${participant.role}`}</span>}
                </li>
              ))}
            </ul>
          )}
        </Part>
      </section>

      <section aria-labelledby="areas-title">
        <h2 id="areas-title">Gebieden</h2>
        {degraded.includes("areas") && <DegradedNotice part="areas" />}
        {view.areas.length === 0 ? (
          <p class="muted">Er zijn geen gebieden vastgelegd.</p>
        ) : (
          <ul class="link-list" data-testid="measure-areas">
            {view.areas.map((area) => (
              <li key={area.code}>
                <a href={`/wijken/${area.code}`}>{area.name ?? area.code}</a>
                {area.level && <span class="muted">{` (${label(areaLevelNames, area.level).toLowerCase()})`}</span>}
              </li>
            ))}
          </ul>
        )}
        {view.areas.length > 0 && (
          <MeasureAreasMap
            level="buurt"
            measures={measureAreas}
            label={`Kaart van de buurten waar ${measure.title} loopt. Dezelfde buurten staan in de lijst eronder.`}
            describe={runsHere}
            listTitle="De buurten op de kaart waar de maatregel loopt, ook die van een wijk die hij noemt:"
            onOpen={(code) => route(`/wijken/${code}`)}
            testId="measure-map"
          />
        )}
      </section>

      <section class="measure-funding" aria-labelledby="funding-title" data-testid="measure-funding">
        <h2 id="funding-title">Financiering</h2>
        <FundingTable funding={measure.funding} />
      </section>

      <section aria-labelledby="milestones-title">
        <h2 id="milestones-title">Mijlpalen</h2>
        <MilestoneList milestones={measure.milestones} />
      </section>

      <MeasureReports measureId={measure.id} />

      <section aria-labelledby="indicators-title" data-testid="measure-indicators">
        <h2 id="indicators-title">Indicatoren</h2>
        <p class="lead">De indicatoren die deze maatregel wil bewegen, met hun cijfers in de gebieden van de maatregel.</p>
        <Part degraded={degraded} parts={["indicators"]}>
          {view.indicators.length === 0 ? (
            <p class="muted">Er zijn geen indicatoren aan deze maatregel gekoppeld.</p>
          ) : (
            <div class="indicator-cards">
              {view.indicators.map((link) => (
                <MeasureIndicatorCard key={link.code} link={link} areaName={areaName} />
              ))}
            </div>
          )}
        </Part>
      </section>

      <ChangeHistory path={`/api/v1/measures/${encodeURIComponent(measure.id)}/history`} />
    </article>
  );
}
