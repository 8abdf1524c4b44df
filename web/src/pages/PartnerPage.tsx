import { partnerPath } from "../api/partners";
import type { Partner } from "../api/types";
import { useApi } from "../api/useApi";
import { mayEditFor } from "../auth/session";
import { useSession } from "../auth/useSession";
import { PartnerDetails } from "../components/PartnerDetails";
import { PartnerMeasures } from "../components/PartnerMeasures";
import { isPartnerId, PartnerNotFound } from "../components/PartnerNotFound";
import { Await } from "../components/Status";
import { formatDateTime } from "../labels";
import { ChangeHistory } from "../components/ChangeHistory";
import { usePageTitle } from "../usePageTitle";

export function PartnerPage({ id }: { id: string }) {
  const partner = useApi<Partner>(isPartnerId(id) ? partnerPath(id) : null);
  const user = useSession();
  usePageTitle(partner.data?.name ?? "Partner");

  return (
    <div data-testid="partner-page">
      <p class="breadcrumb">
        <a href="/partners">Partners</a>
      </p>
      {!isPartnerId(id) || partner.error?.status === 404 ? (
        <PartnerNotFound />
      ) : (
        <Await loaded={partner} what="De partner">
          {(p) => (
            <>
              <div class="page-heading">
                <h1 data-testid="partner-name">{p.name}</h1>
                {mayEditFor(user, p.id) && (
                  <a class="button" href={`/partners/${p.id}/bewerken`} data-testid="edit-link">
                    Bewerken
                  </a>
                )}
              </div>
              {p.archived && (
                <p class="notice notice-degraded" data-testid="partner-archived">
                  {`Deze partner is gearchiveerd${p.archivedAt ? ` op ${formatDateTime(p.archivedAt)}` : ""}. Hij blijft zichtbaar bij de maatregelen waaraan hij meedeed.`}
                </p>
              )}
              <PartnerDetails partner={p} />
              <PartnerMeasures partnerId={p.id} partnerName={p.name} />
              <ChangeHistory key={p.version} path={`/api/v1/partners/${encodeURIComponent(p.id)}/history`} />
            </>
          )}
        </Await>
      )}
    </div>
  );
}
