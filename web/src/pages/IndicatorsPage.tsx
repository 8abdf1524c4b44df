import type { Indicator } from "../api/types";
import { useAllPages } from "../api/useAllPages";
import { isProgrammeOffice } from "../auth/session";
import { useSession } from "../auth/useSession";
import { Await } from "../components/Status";
import { TableDownload } from "../components/TableDownload";
import { directionNames, label, themeNames } from "../labels";
import { usePageTitle } from "../usePageTitle";

const themeOrder = Object.keys(themeNames);

export function IndicatorsPage() {
  usePageTitle("Indicatoren");
  const indicators = useAllPages<Indicator>("/api/v1/indicators");
  const user = useSession();
  return (
    <div data-testid="indicators-page">
      <div class="page-heading">
        <h1>Indicatoren</h1>
        {isProgrammeOffice(user) && (
          <a class="button" href="/indicatoren/nieuw" data-testid="new-indicator-link">
            Nieuwe indicator
          </a>
        )}
      </div>
      <p class="lead">Wat het programma meet, per thema: de eenheid, welke kant op beter is en waar de cijfers vandaan komen.</p>
      <Await loaded={indicators} what="De indicatoren">
        {(items) =>
          items.length === 0 ? (
            <p class="muted">Er zijn nog geen indicatoren.</p>
          ) : (
            <>
              <TableDownload what="de indicatoren" path="/api/v1/indicators" />
              <FiguresDownload />
              {byTheme(items).map(([theme, list]) => (
                <ThemeIndicators key={theme} theme={theme} indicators={list} />
              ))}
            </>
          )
        }
      </Await>
    </div>
  );
}

function ThemeIndicators({ theme, indicators }: { theme: string; indicators: Indicator[] }) {
  return (
    <section aria-labelledby={`theme-${theme}-title`} data-testid={`indicators-theme-${theme}`}>
      <h2 id={`theme-${theme}-title`}>{label(themeNames, theme)}</h2>
      <div class="table-scroll">
        <table class="indicator-table stack-table">
          <caption class="visually-hidden">Indicatoren van het thema {label(themeNames, theme)}</caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col">Eenheid</th>
              <th scope="col">Richting</th>
              <th scope="col">Bron</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => (
              <tr key={indicator.code}>
                <td data-label="Indicator">
                  <span>
                    <a href={`/indicatoren/${indicator.code}`} data-testid={`indicator-link-${indicator.code}`}>
                      {indicator.name}
                    </a>
                    <span class="cell-note">{indicator.definition}</span>
                  </span>
                </td>
                <td data-label="Eenheid">{indicator.unit}</td>
                <td data-label="Richting">{label(directionNames, indicator.direction)}</td>
                <td class="source" data-label="Bron">
                  <span>
                    {indicator.source.dataset}
                    {indicator.source.column && <span class="cell-note">kolom {indicator.source.column}</span>}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function byTheme(indicators: Indicator[]): [string, Indicator[]][] {
  const groups = new Map<string, Indicator[]>();
  for (const indicator of indicators) groups.set(indicator.theme, [...(groups.get(indicator.theme) ?? []), indicator]);
  const rank = (theme: string) => (themeOrder.includes(theme) ? themeOrder.indexOf(theme) : themeOrder.length);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([theme, list]) => [theme, list.sort((a, b) => a.name.localeCompare(b.name, "nl"))]);
}

/**
 * Every figure of every indicator, with its source and status, as CSV. The figures are public, so a plain link does:
 * the browser streams the file to disk however large it is, where a fetched download would hold it whole in the page
 * first. No Excel beside it: all figures may hold more rows than a sheet, and a link could not show why it failed.
 */
function FiguresDownload() {
  return (
    <div class="table-download" data-testid="observations-download">
      <span class="muted">Download alle cijfers van alle indicatoren, met bron en status:</span>
      <a class="button secondary compact-button" href="/api/v1/observations?format=csv&language=nl" download data-testid="observations-download-csv">
        CSV
      </a>
    </div>
  );
}
