import type { AreaDashboard } from "../../api/types";
import { formatEuros, label, measureStatusNames, themeNames } from "../../labels";
import { Part } from "../Status";

/** The measures running in the area, with their lead partner and budget. */
export function AreaMeasures({ view }: { view: AreaDashboard }) {
  return (
    <section id="maatregelen" aria-labelledby="measures-title" tabIndex={-1}>
      <h2 id="measures-title">Maatregelen</h2>
      <Part degraded={view.degraded} parts={["measures"]}>
        {view.measures.length === 0 ? (
          <p class="muted" data-testid="area-measures">
            Hier lopen nog geen maatregelen.
          </p>
        ) : (
          <div class="table-scroll">
            <table class="stack-table" data-testid="area-measures">
              <caption class="visually-hidden">Maatregelen in dit gebied</caption>
              <thead>
                <tr>
                  <th scope="col">Maatregel</th>
                  <th scope="col">Thema</th>
                  <th scope="col">Status</th>
                  <th scope="col">Trekker</th>
                  <th scope="col" class="number">
                    Begroting
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.measures.map((measure) => (
                  <tr key={measure.id} data-id={measure.id}>
                    <td data-label="Maatregel">
                      <a href={`/maatregelen/${measure.id}`}>{measure.title}</a>
                    </td>
                    <td data-label="Thema">{label(themeNames, measure.theme)}</td>
                    <td data-label="Status">{label(measureStatusNames, measure.status)}</td>
                    <td data-label="Trekker">
                      <a href={`/partners/${measure.leadPartner.id}`}>{measure.leadPartner.name ?? "onbekende partner"}</a>
                    </td>
                    <td class="number" data-label="Begroting">{formatEuros(measure.budgetCents)}</td>
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
