import { useLocation } from "preact-iso";
import { useState } from "preact/hooks";
import { createPartner } from "../api/partners";
import { isProgrammeOffice } from "../auth/session";
import { useSession } from "../auth/useSession";
import { emptyPartner, PartnerForm } from "../components/PartnerForm";
import { SignInRequired } from "../components/SignInRequired";
import { usePageTitle } from "../usePageTitle";

export function PartnerNewPage() {
  usePageTitle("Nieuwe partner");
  const { route } = useLocation();
  const user = useSession();
  // One key for this form: a retried or double-clicked save adds the partner once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  return (
    <>
      <p class="breadcrumb">
        <a href="/partners">Partners</a>
      </p>
      <h1>Nieuwe partner</h1>
      {isProgrammeOffice(user) ? (
        <PartnerForm
          initial={emptyPartner}
          submitLabel="Partner toevoegen"
          cancelHref="/partners"
          save={async (input) => {
            const { body } = await createPartner(input, idempotencyKey);
            route(`/partners/${body.id}`);
          }}
        />
      ) : (
        <SignInRequired user={user} action="een partner toe te voegen" reason="Alleen het programmabureau voegt partners toe." />
      )}
    </>
  );
}
