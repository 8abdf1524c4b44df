import { useLocation } from "preact-iso";
import { useState } from "preact/hooks";
import { newIdempotencyKey } from "../api/imports";
import { createIndicator } from "../api/indicators";
import { isProgrammeOffice } from "../auth/session";
import { useSession } from "../auth/useSession";
import { emptyIndicator, IndicatorForm } from "../components/indicator/IndicatorForm";
import { SignInRequired } from "../components/SignInRequired";
import { usePageTitle } from "../usePageTitle";

export function IndicatorNewPage() {
  usePageTitle("Nieuwe indicator");
  const { route } = useLocation();
  const user = useSession();
  // One key for this form: a retried or double-clicked save defines the indicator once.
  const [idempotencyKey] = useState(newIdempotencyKey);

  return (
    <>
      <p class="breadcrumb">
        <a href="/indicatoren">Indicatoren</a>
      </p>
      <h1>Nieuwe indicator</h1>
      {isProgrammeOffice(user) ? (
        <IndicatorForm
          initial={emptyIndicator}
          isNew
          submitLabel="Indicator toevoegen"
          cancelHref="/indicatoren"
          save={async (input) => {
            const { body } = await createIndicator(input, idempotencyKey);
            route(`/indicatoren/${encodeURIComponent(body.code)}`);
          }}
        />
      ) : (
        <SignInRequired user={user} action="een indicator toe te voegen" reason="Alleen het programmabureau definieert indicatoren." />
      )}
    </>
  );
}
