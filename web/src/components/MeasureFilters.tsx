import type { Area, Partner } from "../api/types";
import { groupByWijk } from "../areaGroups";
import { measureStatusNames, themeNames } from "../labels";
import { NameOptions } from "./NameOptions";

export interface MeasureFilterValues {
  thema: string;
  status: string;
  wijk: string;
  partner: string;
}

export const filterNames: (keyof MeasureFilterValues)[] = ["thema", "status", "wijk", "partner"];

/** Selects that narrow the list; each change applies at once (the list below follows, the page stays). */
export function MeasureFilters({ values, areas, partners, onChange }: { values: MeasureFilterValues; areas: Area[]; partners: Partner[]; onChange: (values: MeasureFilterValues) => void }) {
  const set = (name: keyof MeasureFilterValues) => (event: Event) => onChange({ ...values, [name]: (event.currentTarget as HTMLSelectElement).value });
  const active = filterNames.some((name) => values[name] !== "");

  return (
    <form class="filters" role="search" aria-label="Maatregelen filteren" data-testid="measure-filters" onSubmit={(event) => event.preventDefault()}>
      <div class="field">
        <label for="filter-thema">Thema</label>
        <select id="filter-thema" name="thema" value={values.thema} onChange={set("thema")}>
          <option value="">Alle thema's</option>
          <NameOptions names={themeNames} />
        </select>
      </div>
      <div class="field">
        <label for="filter-status">Status</label>
        <select id="filter-status" name="status" value={values.status} onChange={set("status")}>
          <option value="">Alle statussen</option>
          <NameOptions names={measureStatusNames} />
        </select>
      </div>
      <div class="field">
        <label for="filter-wijk">Gebied</label>
        <select id="filter-wijk" name="wijk" value={values.wijk} onChange={set("wijk")} aria-describedby="filter-wijk-hint">
          <option value="">Alle gebieden</option>
          {groupByWijk(areas).map(({ wijk, buurten }) => (
            <optgroup key={wijk.code} label={wijk.name}>
              <option value={wijk.code}>{`${wijk.name} (wijk)`}</option>
              {buurten.map((buurt) => (
                <option key={buurt.code} value={buurt.code}>
                  {buurt.name}
                </option>
              ))}
            </optgroup>
          ))}
          {values.wijk && !areas.some((area) => area.code === values.wijk) && <option value={values.wijk}>{values.wijk}</option>}
        </select>
        <p class="hint" id="filter-wijk-hint">
          Een wijk toont wat in de hele wijk loopt; wat in één buurt loopt, staat onder die buurt.
        </p>
      </div>
      <div class="field">
        <label for="filter-partner">Partner</label>
        <select id="filter-partner" name="partner" value={values.partner} onChange={set("partner")}>
          <option value="">Alle partners</option>
          {partners.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.archived ? `${partner.name} (gearchiveerd)` : partner.name}
            </option>
          ))}
          {values.partner && !partners.some((partner) => partner.id === values.partner) && <option value={values.partner}>{values.partner}</option>}
        </select>
      </div>
      {active && (
        <p class="filters-reset">
          <a href="/maatregelen">Filters wissen</a>
        </p>
      )}
    </form>
  );
}
