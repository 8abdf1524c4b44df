import type { Area, AreaDashboard } from "../../api/types";
import { useAllPages } from "../../api/useAllPages";
import { useApi } from "../../api/useApi";
import { formatPopulation } from "../../labels";
import { Await } from "../Status";

/** The wijk a buurt lies in, or the buurten of a wijk, or the wijken of the city. */
export function AreaRelations({ view }: { view: AreaDashboard }) {
  const area = view.area;
  if (!area) return null;
  if (area.level === "buurt" && area.parentCode) return <ParentLink code={area.parentCode} />;
  if (area.level === "wijk") return <Children title="Buurten" level="buurt" parent={area} />;
  if (area.level === "gemeente") return <Children title="Wijken" level="wijk" parent={area} />;
  return null;
}

function ParentLink({ code }: { code: string }) {
  const parent = useApi<Area>(`/api/v1/areas/${encodeURIComponent(code)}`);
  return (
    <p data-testid="area-parent">
      Ligt in wijk{" "}
      {parent.data ? (
        <a href={`/wijken/${parent.data.code}`}>{parent.data.name}</a>
      ) : (
        <a href={`/wijken/${code}`}>{code}</a>
      )}
      .
    </p>
  );
}

function Children({ title, level, parent }: { title: string; level: string; parent: Area }) {
  const children = useAllPages<Area>(`/api/v1/areas?level=${level}&parentCode=${encodeURIComponent(parent.code)}`);
  return (
    <section aria-labelledby="children-title">
      <h2 id="children-title">{title}</h2>
      <Await loaded={children} what={title}>
        {(areas) =>
          areas.length === 0 ? (
            <p class="muted">Geen {title.toLowerCase()} bekend.</p>
          ) : (
            <>
              <ul class="link-list" data-testid={level === "buurt" ? "area-buurten" : "area-wijken"}>
                {areas.map((child) => (
                  <li key={child.code}>
                    <a href={`/wijken/${child.code}`}>{child.name}</a>{" "}
                    <span class="muted">({formatPopulation(child.population, child.populationYear)})</span>
                  </li>
                ))}
              </ul>
              <p class="source-note">Bron inwoners: {populationSources(areas)}</p>
            </>
          )
        }
      </Await>
    </section>
  );
}

function populationSources(areas: Area[]): string {
  return [...new Set(areas.filter((a) => a.population !== null).map((a) => a.source))].join("; ") || "onbekend";
}
