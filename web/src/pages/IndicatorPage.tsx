import { useState } from "preact/hooks";
import type { Indicator } from "../api/types";
import { useApi } from "../api/useApi";
import { isProgrammeOffice } from "../auth/session";
import { useSession } from "../auth/useSession";
import { IndicatorFigures } from "../components/indicator/IndicatorFigures";
import { IndicatorMap } from "../components/indicator/IndicatorMap";
import { IndicatorTargets } from "../components/indicator/IndicatorTargets";
import { ChangeHistory } from "../components/ChangeHistory";
import { Await, ErrorMessage } from "../components/Status";
import { aggregationNames, directionNames, formatDateTime, label, themeNames } from "../labels";
import { usePageTitle } from "../usePageTitle";

/** One indicator: what it measures and where its figures come from, and every figure across areas and years. */
export function IndicatorPage({ code }: { code: string }) {
  const indicator = useApi<Indicator>(`/api/v1/indicators/${encodeURIComponent(code)}`);
  const current = indicator.data?.code === code ? indicator.data : undefined;
  usePageTitle(current?.name);
  const user = useSession();
  // The indicator's history holds its targets' changes: a target set here is read again there.
  const [targetsSaved, setTargetsSaved] = useState(0);

  if (indicator.error?.status === 404) {
    return (
      <div data-testid="indicator-page">
        <ErrorMessage error={indicator.error} />
        <p>
          Er is geen indicator met code {code}. Kies er een uit de <a href="/indicatoren">indicatoren</a>.
        </p>
      </div>
    );
  }

  return (
    <div data-testid="indicator-page">
      <Await loaded={{ ...indicator, data: current }} what="De indicator">
        {(item) => (
          <>
            <p class="eyebrow">
              <a href="/indicatoren">Indicatoren</a> · {label(themeNames, item.theme)}
            </p>
            <div class="page-heading">
              <h1 data-testid="indicator-name">{item.name}</h1>
              {isProgrammeOffice(user) && (
                <a class="button secondary" href={`/indicatoren/${encodeURIComponent(item.code)}/bewerken`} data-testid="edit-indicator-link">
                  Bewerken
                </a>
              )}
            </div>
            <p class="lead">{item.definition}</p>
            <dl class="figures definition" data-testid="indicator-definition">
              <dt>Eenheid</dt>
              <dd>{item.unit}</dd>
              <dt>Richting</dt>
              <dd>{label(directionNames, item.direction)}</dd>
              <dt>Thema</dt>
              <dd>
                <a href={`/maatregelen?thema=${item.theme}`}>{label(themeNames, item.theme)}</a>
              </dd>
              <dt>Wijkcijfer uit buurten</dt>
              <dd>{label(aggregationNames, item.aggregation)}</dd>
              <dt>Bron</dt>
              <dd data-testid="indicator-source">
                {item.source.dataset}
                {item.source.column && <span class="cell-note">kolom {item.source.column}</span>}
              </dd>
              <dt>Bijgewerkt</dt>
              <dd>
                {formatDateTime(item.updatedAt)} <span class="muted">(versie {item.version})</span>
              </dd>
            </dl>
            <IndicatorTargets key={`targets-${item.code}`} indicator={item} onSaved={() => setTargetsSaved((n) => n + 1)} />
            <IndicatorMap key={`map-${item.code}`} indicator={item} />
            <IndicatorFigures key={item.code} indicator={item} />
            <ChangeHistory key={`history-${item.code}-${item.version}-${targetsSaved}`} path={`/api/v1/indicators/${encodeURIComponent(item.code)}/history`} />
          </>
        )}
      </Await>
    </div>
  );
}
