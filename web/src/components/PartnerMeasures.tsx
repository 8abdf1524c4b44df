import { measuresOfPartner } from "../api/partners";
import type { Measure } from "../api/types";
import { useLoader } from "../api/useLoader";
import { label, measureStatusNames, themeNames } from "../labels";
import { Await } from "./Status";

/** The measures a partner leads, and those it takes part in without leading them. */
export function PartnerMeasures({ partnerId, partnerName }: { partnerId: string; partnerName: string }) {
  const measures = useLoader(`measures:${partnerId}`, (signal) => measuresOfPartner(partnerId, signal));
  return (
    <Await loaded={measures} what="De maatregelen">
      {(all) => {
        const leads = all.filter((m) => m.leadPartnerId === partnerId);
        const takesPart = all.filter((m) => m.leadPartnerId !== partnerId && m.participants.some((p) => p.partnerId === partnerId));
        return (
          <>
            <section aria-labelledby="leads-title" data-testid="partner-leads">
              <h2 id="leads-title">{`Trekker van ${count(leads.length)}`}</h2>
              {leads.length > 0 ? (
                <MeasureTable measures={leads} caption={`Maatregelen die ${partnerName} trekt`} />
              ) : (
                <p class="muted">{`${partnerName} trekt geen maatregelen.`}</p>
              )}
            </section>
            <section aria-labelledby="takes-part-title" data-testid="partner-takes-part">
              <h2 id="takes-part-title">{`Neemt deel aan ${count(takesPart.length)}`}</h2>
              {takesPart.length > 0 ? (
                <MeasureTable measures={takesPart} caption={`Maatregelen waaraan ${partnerName} deelneemt`} roleOf={partnerId} />
              ) : (
                <p class="muted">{`${partnerName} neemt geen deel aan maatregelen van anderen.`}</p>
              )}
            </section>
          </>
        );
      }}
    </Await>
  );
}

function count(n: number): string {
  return n === 1 ? "1 maatregel" : `${n} maatregelen`;
}

function MeasureTable({ measures, caption, roleOf }: { measures: Measure[]; caption: string; roleOf?: string }) {
  return (
    <div class="table-scroll">
      <table>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Maatregel</th>
            <th scope="col">Thema</th>
            <th scope="col">Status</th>
            {roleOf && <th scope="col">Rol van de partner</th>}
          </tr>
        </thead>
        <tbody>
          {measures.map((measure) => (
            <tr key={measure.id} data-testid="partner-measure">
              <td>
                <a href={`/maatregelen/${measure.id}`}>{measure.title}</a>
              </td>
              <td>{label(themeNames, measure.theme)}</td>
              <td>{label(measureStatusNames, measure.status)}</td>
              {roleOf && <td>{measure.participants.find((p) => p.partnerId === roleOf)?.role ?? <span class="muted">niet omschreven</span>}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
