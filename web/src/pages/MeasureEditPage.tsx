import { useState } from "preact/hooks";
import { useRoute, useLocation } from "preact-iso";
import { request } from "../api/client";
import type { Measure, MeasureInput } from "../api/types";
import { useVersioned } from "../api/useVersioned";
import { isProgrammeOffice, mayEditFor } from "../auth/session";
import { useSession } from "../auth/useSession";
import { DeleteMeasure } from "../components/DeleteMeasure";
import { MeasureForm } from "../components/measure-form/MeasureForm";
import { useLookups } from "../components/measure-form/useLookups";
import { valuesFrom } from "../components/measure-form/values";
import { SignInRequired } from "../components/SignInRequired";
import { Await } from "../components/Status";
import { usePageTitle } from "../usePageTitle";

export function MeasureEditPage() {
  const { params } = useRoute();
  const { route } = useLocation();
  const user = useSession();
  const path = `/api/v1/measures/${encodeURIComponent(params.id ?? "")}`;
  const measure = useVersioned<Measure>(path);
  const lookups = useLookups();
  usePageTitle(measure.data ? `${measure.data.title} bewerken` : "Maatregel bewerken");
  const [reloaded, setReloaded] = useState(false);

  async function save(input: MeasureInput) {
    setReloaded(false);
    const { body } = await request<Measure>(path, { method: "PUT", json: input, ifMatch: measure.etag ?? undefined });
    route(`/maatregelen/${body.id}`);
  }

  function loadLatest() {
    setReloaded(true);
    measure.reload();
  }

  return (
    <Await loaded={measure} what="De maatregel">
      {(current) => (
        <>
          <p class="breadcrumb">
            <a href="/maatregelen">Maatregelen</a> › <a href={`/maatregelen/${current.id}`}>{current.title}</a>
          </p>
          <h1>Maatregel bewerken</h1>
          {!mayEditFor(user, current.leadPartnerId) ? (
            <SignInRequired user={user} action="deze maatregel te wijzigen" reason="Het programmabureau en de redacteuren van de partner die de maatregel trekt mogen hem wijzigen." />
          ) : (
            <Await loaded={lookups} what="Het formulier">
              {(data) => (
                <>
                  {reloaded && (
                    <p class="notice notice-success" role="status" data-testid="reloaded">
                      De nieuwste versie is geladen. Breng uw wijziging opnieuw aan en sla op.
                    </p>
                  )}
                  {/* A fresh read (after a conflict) starts the form again from what is stored now. */}
                  <MeasureForm
                    key={measure.loads}
                    initial={valuesFrom(current)}
                    lookups={data}
                    storedStatus={current.status}
                    fixedLeadPartnerId={isProgrammeOffice(user) ? null : current.leadPartnerId}
                    submitLabel="Wijzigingen opslaan"
                    cancelHref={`/maatregelen/${current.id}`}
                    send={save}
                    onLoadLatest={loadLatest}
                  />
                  <DeleteMeasure key={`delete-${measure.loads}`} measure={current} etag={measure.etag} onReload={loadLatest} />
                </>
              )}
            </Await>
          )}
        </>
      )}
    </Await>
  );
}
