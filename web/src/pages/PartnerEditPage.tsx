import { useLocation } from "preact-iso";
import { useState } from "preact/hooks";
import { request } from "../api/client";
import { partnerPath, updatePartner } from "../api/partners";
import type { Partner } from "../api/types";
import { useLoader } from "../api/useLoader";
import { isProgrammeOffice, mayEditFor } from "../auth/session";
import { useSession } from "../auth/useSession";
import { ArchivePartner } from "../components/ArchivePartner";
import { PartnerForm } from "../components/PartnerForm";
import { isPartnerId, PartnerNotFound } from "../components/PartnerNotFound";
import { SignInRequired } from "../components/SignInRequired";
import { Await } from "../components/Status";
import { usePageTitle } from "../usePageTitle";

export function PartnerEditPage({ id }: { id: string }) {
  const path = partnerPath(id);
  const loaded = useLoader(isPartnerId(id) ? path : null, (signal) => request<Partner>(path, { signal }));
  const { route } = useLocation();
  const user = useSession();
  // The version a save was refused for; once a newer one has loaded, the form says so.
  const [staleEtag, setStaleEtag] = useState<string | null>(null);
  const partner = loaded.data?.body;
  usePageTitle(partner ? `${partner.name} bewerken` : "Partner bewerken");

  const loadLatest = (stale: string | null) => {
    setStaleEtag(stale ?? "");
    loaded.reload();
  };

  return (
    <>
      <p class="breadcrumb">
        <a href="/partners">Partners</a>
        {partner && (
          <>
            {" / "}
            <a href={`/partners/${id}`}>{partner.name}</a>
          </>
        )}
      </p>
      <h1>{partner ? `${partner.name} bewerken` : "Partner bewerken"}</h1>
      {!isPartnerId(id) || loaded.error?.status === 404 ? (
        <PartnerNotFound />
      ) : (
        <Await loaded={loaded} what="De partner">
          {({ body, etag }) =>
            !mayEditFor(user, body.id) ? (
              <SignInRequired user={user} action="deze partner te bewerken" reason="Het programmabureau en de redacteuren van deze partner mogen hem bewerken." />
            ) : (
              <>
                <PartnerForm
                  key={`form-${etag}`}
                  initial={body}
                  submitLabel="Wijzigingen opslaan"
                  cancelHref={`/partners/${id}`}
                  onConflict={() => loadLatest(etag)}
                  notice={
                    staleEtag !== null &&
                    staleEtag !== etag && (
                      <p class="notice notice-success" role="status" data-testid="latest-loaded">
                        {`De nieuwste versie (versie ${body.version}) is geladen. Breng uw wijziging opnieuw aan.`}
                      </p>
                    )
                  }
                  save={async (input) => {
                    await updatePartner(id, input, etag ?? `"${body.version}"`);
                    route(`/partners/${id}`);
                  }}
                />
                {isProgrammeOffice(user) && !body.archived && (
                  <ArchivePartner key={`archive-${etag}`} id={id} name={body.name} etag={etag ?? `"${body.version}"`} onArchived={() => route(`/partners/${id}`)} onConflict={() => loadLatest(etag)} />
                )}
              </>
            )
          }
        </Await>
      )}
    </>
  );
}
