import { useLocation } from "preact-iso";
import { query } from "../api/client";
import { partnersPath } from "../api/partners";
import type { Partner } from "../api/types";
import { usePaged } from "../api/usePaged";
import { isProgrammeOffice } from "../auth/session";
import { useSession } from "../auth/useSession";
import { PartnerFilterForm, type PartnerListQuery } from "../components/PartnerFilterForm";
import { Await, ErrorMessage } from "../components/Status";
import { label, partnerTypeNames } from "../labels";
import { usePageTitle } from "../usePageTitle";
import { LoadMore } from "../components/LoadMore";
import { TableDownload } from "../components/TableDownload";

export function PartnersPage() {
  usePageTitle("Partners");
  const location = useLocation();
  const user = useSession();
  const filters: PartnerListQuery = {
    type: location.query.type ?? "",
    zoek: location.query.zoek ?? "",
    archief: location.query.archief === "ja",
  };
  const list = usePaged<Partner>(partnersPath({ type: filters.type, search: filters.zoek, includeArchived: filters.archief }));
  const apply = (next: PartnerListQuery) =>
    location.route(`/partners${query({ type: next.type, zoek: next.zoek, archief: next.archief ? "ja" : undefined })}`);

  return (
    <>
      <div class="page-heading">
        <h1>Partners</h1>
        {isProgrammeOffice(user) && (
          <a class="button" href="/partners/nieuw" data-testid="new-partner">
            Nieuwe partner
          </a>
        )}
      </div>
      <p class="lead">De organisaties in de coalitie van Groningen-Noord, met hun rol in het programma.</p>
      <PartnerFilterForm key={location.url} value={filters} onApply={apply} />
      <Await loaded={{ data: list.loading ? undefined : list.items, error: list.items.length === 0 ? list.error : undefined, reload: list.reload }} what="De partners">
        {() => (
          <>
            <p class="muted" role="status" data-testid="partner-count">
              {list.loading
                ? "Partners laden…"
                : list.items.length === 0
                ? "Geen partners gevonden met deze filters."
                : `${list.items.length} ${list.items.length === 1 ? "partner" : "partners"}${list.hasMore ? " getoond; er zijn er meer" : ""}.`}
            </p>
            {list.items.length > 0 && (
              <TableDownload
                what="de partners"
                path={`/api/v1/partners${query({ type: filters.type, query: filters.zoek, includeArchived: filters.archief || undefined })}`}
              />
            )}
            {list.items.length > 0 && <PartnerList partners={list.items} busy={list.loading} />}
            {list.items.length > 0 && list.error && <ErrorMessage error={list.error} retry={list.reload} />}
            <LoadMore list={list} what="partners" />
          </>
        )}
      </Await>
    </>
  );
}

function PartnerList({ partners, busy }: { partners: Partner[]; busy: boolean }) {
  return (
    <ul class="partner-list" data-testid="partner-list" aria-busy={busy}>
      {partners.map((partner) => (
        <li key={partner.id} data-testid="partner-row">
          <p class="partner-list-head">
            <a href={`/partners/${partner.id}`}>{partner.name}</a>
            <span class="muted">{label(partnerTypeNames, partner.type)}</span>
            {partner.archived && <span class="badge">gearchiveerd</span>}
          </p>
          <p class={partner.role ? undefined : "muted"}>{partner.role || "Rol in het programma nog niet beschreven."}</p>
        </li>
      ))}
    </ul>
  );
}
