import { Fragment } from "preact";
import type { AreaDashboard, Indicator } from "../api/types";
import { useAllPages } from "../api/useAllPages";
import { useApi } from "../api/useApi";
import { AreaFacts } from "../components/area/AreaFacts";
import { AreaIndicators } from "../components/area/AreaIndicators";
import { AreaMapSection } from "../components/area/AreaMapSection";
import { AreaMeasures } from "../components/area/AreaMeasures";
import { AreaPartners } from "../components/area/AreaPartners";
import { AreaRelations } from "../components/area/AreaRelations";
import { Await, ErrorMessage } from "../components/Status";
import { usePageTitle } from "../usePageTitle";

/** An area (buurt, wijk or the city) at a glance: its figures against baseline, goal and city, and who does what there. */
export function AreaPage({ code }: { code: string }) {
  const dashboard = useApi<AreaDashboard>(`/api/v1/areas/${encodeURIComponent(code)}/dashboard`);
  const indicators = useAllPages<Indicator>("/api/v1/indicators");
  // Moving from one area to another keeps the previous answer until the new one is in; it must not show meanwhile.
  const current = dashboard.data?.code.toUpperCase() === code.toUpperCase() ? dashboard.data : undefined;
  usePageTitle(current ? (current.area?.name ?? current.code) : undefined);

  if (dashboard.error?.status === 404) {
    return (
      <div data-testid="area-page">
        <ErrorMessage error={dashboard.error} />
        <p>
          Er is geen gebied met code {code}. Kies een gebied uit de <a href="/wijken">wijken</a>.
        </p>
      </div>
    );
  }

  return (
    <div data-testid="area-page">
      <Await loaded={{ ...dashboard, data: current }} what="Het gebied">
        {(view) => (
          // Keyed by area, so nothing of the previous area's figures lingers while the new ones load.
          <Fragment key={view.code}>
            <AreaFacts view={view} />
            <nav class="page-nav" aria-label="Op deze pagina">
              <a href="#indicatoren">Indicatoren</a>
              <a href="#maatregelen">Maatregelen</a>
              <a href="#partners">Partners</a>
            </nav>
            <AreaRelations view={view} />
            <AreaMapSection view={view} indicators={indicators} />
            <AreaIndicators view={view} indicators={indicators} />
            <AreaMeasures view={view} />
            <AreaPartners view={view} />
          </Fragment>
        )}
      </Await>
    </div>
  );
}
