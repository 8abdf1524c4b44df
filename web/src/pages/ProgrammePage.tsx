import { useMemo } from "preact/hooks";
import { useApi } from "../api/useApi";
import type { Area, Page, ProgrammeOverview, ThemeSummary } from "../api/types";
import { Chart, chartColors } from "../components/Chart";
import { Await, DegradedNotice, Part } from "../components/Status";
import { formatEuros, label, measureStatusNames, themeNames } from "../labels";
import { usePageTitle } from "../usePageTitle";

const statuses = ["idee", "gepland", "lopend", "afgerond", "gestopt"];

export function ProgrammePage() {
  usePageTitle("Programma-overzicht");
  const programme = useApi<ProgrammeOverview>("/api/v1/programme");
  const wijken = useApi<Page<Area>>("/api/v1/areas?level=wijk&pageSize=200");

  return (
    <>
      <h1>Programma-overzicht</h1>
      <p class="lead">Per thema: de maatregelen naar status, hun begroting en hoe de indicatoren ervoor staan.</p>
      <Await loaded={programme} what="Het programma">
        {(overview) => <Themes overview={overview} />}
      </Await>
      <section aria-labelledby="wijken-title">
        <h2 id="wijken-title">Wijken</h2>
        <Await loaded={wijken} what="De wijken">
          {(page) => (
            <ul class="link-list" data-testid="area-links">
              {page.items.map((area) => (
                <li key={area.code}>
                  <a href={`/wijken/${area.code}`}>{area.name}</a>
                </li>
              ))}
            </ul>
          )}
        </Await>
      </section>
    </>
  );
}

function Themes({ overview }: { overview: ProgrammeOverview }) {
  const option = useMemo(() => statusChart(overview.themes), [overview]);
  return (
    <>
      <section aria-labelledby="status-title">
        <h2 id="status-title">Maatregelen per thema</h2>
        <Part degraded={overview.degraded} parts={["measures"]}>
          <Chart option={option} label="Aantal maatregelen per thema, gestapeld naar status" testId="status-chart" />
        </Part>
      </section>
      {overview.degraded
        .filter((part) => part !== "measures")
        .map((part) => (
          <DegradedNotice key={part} part={part} />
        ))}
      <div class="cards">
        {overview.themes.map((theme) => (
          <ThemeCard key={theme.theme} theme={theme} degraded={overview.degraded} />
        ))}
      </div>
    </>
  );
}

function ThemeCard({ theme, degraded }: { theme: ThemeSummary; degraded: string[] }) {
  const progress = theme.indicators;
  return (
    <section class="card" data-testid={`theme-${theme.theme}`} aria-labelledby={`theme-${theme.theme}-title`}>
      <h3 id={`theme-${theme.theme}-title`}>
        <a href={`/maatregelen?thema=${theme.theme}`}>{label(themeNames, theme.theme)}</a>
      </h3>
      <Part degraded={degraded} parts={["measures"]} compact>
        <dl class="figures">
          <dt>Maatregelen</dt>
          <dd>{theme.measures}</dd>
          <dt>Begroting</dt>
          <dd>{formatEuros(theme.budgetCents)}</dd>
        </dl>
        <p class="status-line">
          {statuses
            .filter((status) => (theme.measuresByStatus?.[status] ?? 0) > 0)
            .map((status) => `${theme.measuresByStatus?.[status]} ${label(measureStatusNames, status).toLowerCase()}`)
            .join(", ") || "Nog geen maatregelen"}
        </p>
      </Part>
      <Part degraded={degraded} parts={["indicators", "targets"]} compact>
        {progress && progress.tracked > 0 ? (
          <ul class="progress" aria-label="Doelen van de indicatoren">
            <li class="status-achieved">{progress.achieved} gehaald</li>
            <li class="status-on_track">{progress.onTrack} op koers</li>
            <li class="status-off_track">{progress.offTrack} niet op koers</li>
            <li class="status-insufficient_data">{progress.insufficientData} te weinig gegevens</li>
          </ul>
        ) : (
          <p class="muted">Nog geen doelen voor de indicatoren van dit thema.</p>
        )}
      </Part>
    </section>
  );
}

function statusChart(themes: ThemeSummary[]) {
  return {
    color: chartColors,
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 8, bottom: 40 },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: themes.map((t) => label(themeNames, t.theme)), inverse: true },
    series: statuses.map((status) => ({
      name: label(measureStatusNames, status),
      type: "bar",
      stack: "status",
      data: themes.map((t) => t.measuresByStatus?.[status] ?? 0),
    })),
  };
}
