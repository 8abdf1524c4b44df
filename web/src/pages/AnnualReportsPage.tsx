import type { AnnualReport } from "../api/types";
import { usePaged } from "../api/usePaged";
import { isProgrammeOffice } from "../auth/session";
import { useSession } from "../auth/useSession";
import { AnnualReportForm } from "../components/annual-report/AnnualReportForm";
import { LoadMore } from "../components/LoadMore";
import { SignInRequired } from "../components/SignInRequired";
import { ErrorMessage, Loading } from "../components/Status";
import { annualReportScopeNames, annualReportStateNames, formatDateTime, label } from "../labels";
import { usePageTitle } from "../usePageTitle";

/** The annual reports made so far, newest first; the programme office asks for a new one here. */
export function AnnualReportsPage() {
  usePageTitle("Rapportages");
  const user = useSession();
  return (
    <>
      <h1>Rapportages</h1>
      <p class="lead">
        De voortgangsrapportage per jaar, voor de gemeenteraad en het ministerie: per thema en per wijk wat de maatregelen deden, wat ze kostten, wie ze
        bereikten en hoe de indicatoren zich ontwikkelden. Gemaakt uit de gegevens van het programma, als Word-document en als PDF.
      </p>
      {user ? (
        <Reports />
      ) : (
        <SignInRequired user={user} action="de rapportages te lezen" reason="De rapportages zijn voor de mensen van de coalitie, tot het programmabureau ze publiceert." />
      )}
    </>
  );
}

function Reports() {
  const user = useSession();
  const reports = usePaged<AnnualReport>("/api/v1/annual-reports");

  return (
    <>
      {isProgrammeOffice(user) && <AnnualReportForm />}
      <h2>Gemaakte rapportages</h2>
      {reports.loading && reports.items.length === 0 ? (
        <Loading what="De rapportages" />
      ) : reports.items.length === 0 && !reports.error ? (
        <p class="muted" data-testid="annual-reports-empty">
          Er zijn nog geen rapportages gemaakt.
        </p>
      ) : (
        <ul class="period-list" data-testid="annual-reports">
          {reports.items.map((report) => (
            <li key={report.id} data-id={report.id} data-state={report.state}>
              <a href={`/rapportages/${report.id}`}>
                Voortgangsrapportage {report.year}: {scopeText(report)}
              </a>{" "}
              <span class="muted">
                ({label(annualReportStateNames, report.state)}; gevraagd op {formatDateTime(report.createdAt)}
                {report.requestedBy.name ? ` door ${report.requestedBy.name}` : ""})
              </span>
            </li>
          ))}
        </ul>
      )}
      {reports.error && <ErrorMessage error={reports.error} retry={reports.reload} />}
      <LoadMore list={reports} what="rapportages" />
    </>
  );
}

export function scopeText(report: AnnualReport): string {
  if (report.scope === "theme") return `thema ${report.theme ?? ""}`;
  if (report.scope === "wijk") return `wijk ${report.areaCode ?? ""}`;
  return label(annualReportScopeNames, report.scope).toLowerCase();
}
