import { useLocation } from "preact-iso";
import { useState } from "preact/hooks";
import { request } from "../api/client";
import { indicatorPath, updateIndicator } from "../api/indicators";
import type { Indicator } from "../api/types";
import { useLoader } from "../api/useLoader";
import { isProgrammeOffice } from "../auth/session";
import { useSession } from "../auth/useSession";
import { IndicatorForm } from "../components/indicator/IndicatorForm";
import { SignInRequired } from "../components/SignInRequired";
import { Await, ErrorMessage } from "../components/Status";
import { usePageTitle } from "../usePageTitle";

export function IndicatorEditPage({ code }: { code: string }) {
  const path = indicatorPath(code);
  const loaded = useLoader(path, (signal) => request<Indicator>(path, { signal }));
  const { route } = useLocation();
  const user = useSession();
  // The version a save was refused for; once a newer one has loaded, the form says so.
  const [staleEtag, setStaleEtag] = useState<string | null>(null);
  const indicator = loaded.data?.body;
  usePageTitle(indicator ? `${indicator.name} bewerken` : "Indicator bewerken");

  return (
    <>
      <p class="breadcrumb">
        <a href="/indicatoren">Indicatoren</a>
        {indicator && (
          <>
            {" / "}
            <a href={`/indicatoren/${encodeURIComponent(code)}`}>{indicator.name}</a>
          </>
        )}
      </p>
      <h1>{indicator ? `${indicator.name} bewerken` : "Indicator bewerken"}</h1>
      {loaded.error?.status === 404 ? (
        <>
          <ErrorMessage error={loaded.error} />
          <p>
            Er is geen indicator met code {code}. Kies er een uit de <a href="/indicatoren">indicatoren</a>.
          </p>
        </>
      ) : (
        <Await loaded={loaded} what="De indicator">
          {({ body, etag }) =>
            !isProgrammeOffice(user) ? (
              <SignInRequired user={user} action="deze indicator te bewerken" reason="Alleen het programmabureau wijzigt indicatoren." />
            ) : (
              <IndicatorForm
                key={`form-${etag}`}
                initial={body}
                isNew={false}
                submitLabel="Wijzigingen opslaan"
                cancelHref={`/indicatoren/${encodeURIComponent(code)}`}
                onConflict={() => {
                  setStaleEtag(etag ?? "");
                  loaded.reload();
                }}
                notice={
                  staleEtag !== null &&
                  staleEtag !== etag && (
                    <p class="notice notice-success" role="status" data-testid="latest-loaded">
                      {`De nieuwste versie (versie ${body.version}) is geladen. Breng uw wijziging opnieuw aan.`}
                    </p>
                  )
                }
                save={async (input) => {
                  await updateIndicator(code, input, etag ?? `"${body.version}"`);
                  route(`/indicatoren/${encodeURIComponent(code)}`);
                }}
              />
            )
          }
        </Await>
      )}
    </>
  );
}
