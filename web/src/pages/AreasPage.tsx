import type { Area } from "../api/types";
import { useAllPages } from "../api/useAllPages";
import { useApi, type Loaded } from "../api/useApi";
import { cityCode } from "../city";
import { Await, ErrorMessage, Loading } from "../components/Status";
import { formatCount, formatPopulation, formatValidity } from "../labels";
import { usePageTitle } from "../usePageTitle";

export function AreasPage() {
  usePageTitle("Wijken");
  const city = useApi<Area>(`/api/v1/areas/${cityCode}`);
  const wijken = useAllPages<Area>("/api/v1/areas?level=wijk");
  const buurten = useAllPages<Area>("/api/v1/areas?level=buurt");

  return (
    <div data-testid="areas-page">
      <h1>Wijken</h1>
      <p class="lead">
        De wijken van het programma met hun buurten. Buurten die bij het Nationaal Programma Leefbaarheid en Veiligheid horen, staan gemarkeerd met hun
        programmawijk. Elk gebied heeft een eigen pagina met zijn cijfers, maatregelen en partners.
      </p>
      <section aria-labelledby="city-title">
        <h2 id="city-title">Stad</h2>
        <Await loaded={city} what="De stad">
          {(area) => (
            <p data-testid="area-list-city">
              <a href={`/wijken/${area.code}`}>{area.name}</a> (gemeente): {formatPopulation(area.population, area.populationYear)}
            </p>
          )}
        </Await>
      </section>
      <Await loaded={wijken} what="De wijken">
        {(items) => <Wijken wijken={items} buurten={buurten} sources={[city.data, ...items].filter((a): a is Area => Boolean(a))} />}
      </Await>
    </div>
  );
}

function Wijken({ wijken, buurten, sources }: { wijken: Area[]; buurten: Loaded<Area[]>; sources: Area[] }) {
  const all = [...sources, ...(buurten.data ?? [])];
  const populationSources = [...new Set(all.filter((a) => a.population !== null).map((a) => a.source))];
  const programmeSources = [...new Set(all.flatMap((a) => a.programmes.map((p) => p.source)))];
  return (
    <>
      {buurten.error && <ErrorMessage error={buurten.error} retry={buurten.reload} />}
      {wijken.map((wijk) => (
        <section key={wijk.code} aria-labelledby={`wijk-${wijk.code}`} data-testid={`area-list-${wijk.code}`}>
          <h2 id={`wijk-${wijk.code}`}>
            <a href={`/wijken/${wijk.code}`}>{wijk.name}</a>
          </h2>
          <p class="muted">
            Wijk {wijk.code} · {formatPopulation(wijk.population, wijk.populationYear)}
            {formatValidity(wijk.validFromYear, wijk.validToYear) && ` · ${formatValidity(wijk.validFromYear, wijk.validToYear)}`}
          </p>
          {buurten.data ? (
            <BuurtTable buurten={buurten.data.filter((b) => b.parentCode === wijk.code)} wijk={wijk} />
          ) : (
            !buurten.error && <Loading what="De buurten" />
          )}
        </section>
      ))}
      <section aria-labelledby="sources-title" class="sources">
        <h2 id="sources-title">Bronnen</h2>
        <ul>
          {populationSources.map((source) => (
            <li key={source}>Inwoners: {source}</li>
          ))}
          {programmeSources.map((source) => (
            <li key={source}>Programmawijken: {source}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

function BuurtTable({ buurten, wijk }: { buurten: Area[]; wijk: Area }) {
  if (buurten.length === 0) return <p class="muted">Geen buurten bekend.</p>;
  return (
    <div class="table-scroll">
      <table class="buurt-table">
        <caption class="visually-hidden">Buurten van {wijk.name}</caption>
        <thead>
          <tr>
            <th scope="col">Buurt</th>
            <th scope="col" class="number">
              Inwoners
            </th>
            <th scope="col">Programmawijk</th>
          </tr>
        </thead>
        <tbody>
          {buurten.map((buurt) => (
            <tr key={buurt.code}>
              <td>
                <a href={`/wijken/${buurt.code}`}>{buurt.name}</a>
              </td>
              <td class="number">{formatCount(buurt.population, buurt.populationYear)}</td>
              <td>{buurt.programmes.map((p) => p.programmeWijk).join(", ") || <span class="muted">niet in het programma</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
