import type { AreaDashboard } from "../../api/types";
import { label, partnerTypeNames } from "../../labels";
import { Part } from "../Status";

/** The partners active in the area: how many of its measures each leads and takes part in. */
export function AreaPartners({ view }: { view: AreaDashboard }) {
  return (
    <section id="partners" aria-labelledby="partners-title" tabIndex={-1}>
      <h2 id="partners-title">Partners</h2>
      <Part degraded={view.degraded} parts={["partners"]}>
        {view.partners.length === 0 ? (
          <p class="muted" data-testid="area-partners">
            Hier zijn nog geen partners actief.
          </p>
        ) : (
          <div class="table-scroll">
            <table class="stack-table" data-testid="area-partners">
              <caption class="visually-hidden">Partners die in dit gebied actief zijn</caption>
              <thead>
                <tr>
                  <th scope="col">Partner</th>
                  <th scope="col">Soort</th>
                  <th scope="col" class="number">
                    Trekker van
                  </th>
                  <th scope="col" class="number">
                    Doet mee aan
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.partners.map((partner) => (
                  <tr key={partner.id} data-id={partner.id}>
                    <td data-label="Partner">
                      <span>
                        <a href={`/partners/${partner.id}`}>{partner.name}</a>
                        {partner.archived && <span class="muted"> (gearchiveerd)</span>}
                      </span>
                    </td>
                    <td data-label="Soort">{label(partnerTypeNames, partner.type)}</td>
                    <td class="number" data-label="Trekker van">{countText(partner.leads)}</td>
                    <td class="number" data-label="Doet mee aan">{countText(partner.takesPartIn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Part>
    </section>
  );
}

function countText(count: number): string {
  return count === 1 ? "1 maatregel" : `${count} maatregelen`;
}
