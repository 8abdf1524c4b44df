import { useState } from "preact/hooks";
import { partnerTypeNames } from "../labels";
import { NameOptions } from "./NameOptions";

export interface PartnerListQuery {
  type: string;
  zoek: string;
  archief: boolean;
}

/** The partner list's filters; they live in the address (?type=..&zoek=..&archief=ja) so a filtered list can be shared. */
export function PartnerFilterForm({ value, onApply }: { value: PartnerListQuery; onApply: (value: PartnerListQuery) => void }) {
  const [type, setType] = useState(value.type);
  const [zoek, setZoek] = useState(value.zoek);
  const [archief, setArchief] = useState(value.archief);

  function submit(event: Event) {
    event.preventDefault();
    onApply({ type, zoek: zoek.trim(), archief });
  }

  return (
    <form class="partner-filters" role="search" aria-label="Partners filteren" onSubmit={submit} data-testid="partner-filters">
      <div class="field">
        <label for="partner-filter-zoek">Zoeken in naam en rol</label>
        <input id="partner-filter-zoek" type="search" value={zoek} onInput={(e) => setZoek(e.currentTarget.value)} data-testid="partner-filter-search" />
      </div>
      <div class="field">
        <label for="partner-filter-type">Type</label>
        <select id="partner-filter-type" value={type} onChange={(e) => setType(e.currentTarget.value)} data-testid="partner-filter-type">
          <option value="">Alle typen</option>
          <NameOptions names={partnerTypeNames} />
        </select>
      </div>
      <div class="field field-check">
        <input id="partner-filter-archief" type="checkbox" checked={archief} onChange={(e) => setArchief(e.currentTarget.checked)} data-testid="partner-filter-archived" />
        <label for="partner-filter-archief">Ook gearchiveerde partners</label>
      </div>
      <button type="submit" data-testid="partner-filter-submit">
        Filteren
      </button>
    </form>
  );
}
