import { useMemo, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { query } from "../api/client";
import { usePaged } from "../api/usePaged";
import { useApi } from "../api/useApi";
import type { Area, Measure, Page, Partner } from "../api/types";
import { mayEditFor } from "../auth/session";
import { useSession } from "../auth/useSession";
import { MeasureFilters, filterNames, type MeasureFilterValues } from "../components/MeasureFilters";
import { MeasureListItem } from "../components/MeasureListItem";
import { MeasureAreasMap } from "../components/map/MeasureAreasMap";
import { ErrorMessage, Loading } from "../components/Status";
import { takeFlash } from "../flash";
import { usePageTitle } from "../usePageTitle";
import { LoadMore } from "../components/LoadMore";
import { TableDownload } from "../components/TableDownload";

const listedHere = (count: number) => (count === 0 ? "Geen van de getoonde maatregelen; klik om op deze wijk te filteren" : `${count} van de getoonde maatregelen; klik om op deze wijk te filteren`);

export function MeasuresPage() {
  usePageTitle("Maatregelen");
  const { query: params, route } = useLocation();
  const user = useSession();
  const [flash] = useState(takeFlash);
  const filters: MeasureFilterValues = { thema: params.thema ?? "", status: params.status ?? "", wijk: params.wijk ?? "", partner: params.partner ?? "" };
  const measures = usePaged<Measure>(
    `/api/v1/measures${query({ theme: filters.thema, status: filters.status, area: filters.wijk, partnerId: filters.partner, pageSize: 25 })}`,
  );
  const areas = useApi<Page<Area>>("/api/v1/areas?pageSize=200");
  const partners = useApi<Page<Partner>>("/api/v1/partners?pageSize=200&includeArchived=true");
  const areaNames = new Map((areas.data?.items ?? []).map((area) => [area.code, area.name]));
  const partnerNames = new Map((partners.data?.items ?? []).map((partner) => [partner.id, partner.name]));

  const listedAreas = useMemo(() => measures.items.map((measure) => measure.areaCodes), [measures.items]);

  function applyFilters(values: MeasureFilterValues) {
    const search = query(Object.fromEntries(filterNames.map((name) => [name, values[name]])));
    route(`/maatregelen${search}`);
  }

  return (
    <>
      <div class="page-heading">
        <h1>Maatregelen</h1>
        {/* A partner editor may add measures its own partner leads. */}
        {mayEditFor(user, user?.partnerId ?? null) && (
          <a class="button" href="/maatregelen/nieuw" data-testid="new-measure-link">
            Nieuwe maatregel
          </a>
        )}
      </div>
      <p class="lead">Wat de partners doen in Groningen-Noord: per maatregel het thema, de trekker, de gebieden en de begroting.</p>
      {flash && (
        <p class="notice notice-success" role="status" data-testid="flash">
          {flash}
        </p>
      )}
      <MeasureFilters values={filters} areas={areas.data?.items ?? []} partners={partners.data?.items ?? []} onChange={applyFilters} />
      <MeasureAreasMap
        level="wijk"
        measures={listedAreas}
        label="Kaart van de wijken waar de getoonde maatregelen lopen. Een wijk kiezen filtert de lijst, net als de keuze Gebied hierboven; dezelfde wijken staan in de lijst onder de kaart."
        describe={listedHere}
        listTitle="De wijken waar de getoonde maatregelen lopen; een wijk kiezen filtert de lijst:"
        selected={filters.wijk || null}
        onOpen={(code) => applyFilters({ ...filters, wijk: code })}
        testId="measures-map"
      />
      {measures.loading ? (
        <Loading what="De maatregelen" />
      ) : (
        <>
          <p class="result-count" role="status" aria-live="polite" data-testid="measure-count">
            {measures.items.length === 0
              ? "Geen maatregelen gevonden."
              : `${measures.items.length} ${measures.items.length === 1 ? "maatregel" : "maatregelen"}${measures.hasMore ? " getoond; er zijn er meer." : ""}`}
          </p>
          {measures.items.length > 0 && (
            <TableDownload
              what="de maatregelen"
              path={`/api/v1/measures${query({ theme: filters.thema, status: filters.status, area: filters.wijk, partnerId: filters.partner })}`}
            />
          )}
          <ul class="measure-list" data-testid="measure-list">
            {measures.items.map((measure) => (
              <MeasureListItem key={measure.id} measure={measure} areaName={(code) => areaNames.get(code) ?? code} partnerName={(id) => partnerNames.get(id)} />
            ))}
          </ul>
        </>
      )}
      {measures.error && <ErrorMessage error={measures.error} retry={measures.reload} />}
      <LoadMore list={measures} what="maatregelen" />
    </>
  );
}
