import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { request } from "../api/client";
import { newIdempotencyKey } from "../api/idempotencyKey";
import type { Measure, MeasureInput } from "../api/types";
import { isProgrammeOffice, mayEditFor } from "../auth/session";
import { useSession } from "../auth/useSession";
import { MeasureForm } from "../components/measure-form/MeasureForm";
import { useLookups } from "../components/measure-form/useLookups";
import { emptyValues } from "../components/measure-form/values";
import { SignInRequired } from "../components/SignInRequired";
import { Await } from "../components/Status";
import { usePageTitle } from "../usePageTitle";

export function MeasureNewPage() {
  usePageTitle("Nieuwe maatregel");
  const user = useSession();
  const { route } = useLocation();
  const lookups = useLookups();
  // One key for this form: a second click or a retry after a lost answer still creates one measure.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const ownPartner = isProgrammeOffice(user) ? null : (user?.partnerId ?? null);

  async function create(input: MeasureInput) {
    const { body } = await request<Measure>("/api/v1/measures", { method: "POST", json: input, idempotencyKey });
    route(`/maatregelen/${body.id}`);
  }

  return (
    <>
      <p class="breadcrumb">
        <a href="/maatregelen">Maatregelen</a>
      </p>
      <h1>Nieuwe maatregel</h1>
      {!mayEditFor(user, user?.partnerId ?? null) ? (
        <SignInRequired user={user} action="een maatregel toe te voegen" reason="Het programmabureau en de redacteuren van partners voegen maatregelen toe." />
      ) : (
        <Await loaded={lookups} what="Het formulier">
          {(data) => (
            <MeasureForm
              initial={emptyValues(ownPartner ?? "")}
              lookups={data}
              storedStatus={null}
              fixedLeadPartnerId={ownPartner}
              submitLabel="Maatregel toevoegen"
              cancelHref="/maatregelen"
              send={create}
            />
          )}
        </Await>
      )}
    </>
  );
}
