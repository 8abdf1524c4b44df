import { useLocation } from "preact-iso";
import type { ApiError } from "../api/client";
import { rememberedFileSize } from "../api/imports";
import { useImport } from "../api/useImport";
import { ImportProgress } from "../components/ImportProgress";
import { ProgrammeOfficeOnly } from "../components/ProgrammeOfficeOnly";
import { ErrorMessage, Loading } from "../components/Status";
import { ChangeHistory } from "../components/ChangeHistory";
import { usePageTitle } from "../usePageTitle";

/** Follows one import; its address can be reloaded or shared within the programme office. */
export function ImportRunPage({ id }: { id: string }) {
  usePageTitle("Import volgen");
  return (
    <>
      <p>
        <a href="/import">Nog een bestand importeren</a>
      </p>
      <h1>Import volgen</h1>
      <ProgrammeOfficeOnly what="imports volgen">
        <Watched id={id} />
      </ProgrammeOfficeOnly>
    </>
  );
}

function Watched({ id }: { id: string }) {
  const { run, error, retrying, reload } = useImport(id);
  return (
    <>
      {error && retrying && (
        <p class="notice notice-degraded" role="status" data-testid="import-retrying">
          De stand van de import kon even niet worden opgehaald; de pagina probeert het vanzelf opnieuw. De import loopt intussen door.
        </p>
      )}
      {error && !retrying && <ReadError error={error} retry={reload} />}
      {run ? <ImportProgress run={run} fileSize={rememberedFileSize(id)} /> : !error && <Loading what="De import" />}
      {run && <ChangeHistory key={run.state} officeOnly path={`/api/v1/imports/${encodeURIComponent(id)}/history`} />}
    </>
  );
}

/** Why the import cannot be shown, in words for the page; other errors as usual. */
function ReadError({ error, retry }: { error: ApiError; retry: () => void }) {
  const { path } = useLocation();
  if (error.status === 400 || error.status === 404) {
    return (
      <div class="notice notice-error" role="alert" data-testid="error">
        <p>Deze import bestaat niet. Controleer het adres, of <a href="/import">importeer een bestand</a>.</p>
      </div>
    );
  }
  if (error.status === 401 || error.status === 403) {
    return (
      <div class="notice notice-error" role="alert" data-testid="error">
        <p>
          {error.status === 401
            ? "Uw aanmelding is verlopen of ongeldig. Meld u opnieuw aan om deze import te volgen."
            : "Alleen het programmabureau mag imports volgen."}
        </p>
        <a class="button" href={`/aanmelden?terug=${encodeURIComponent(path)}`}>
          Aanmelden
        </a>
      </div>
    );
  }
  return <ErrorMessage error={error} retry={retry} />;
}
