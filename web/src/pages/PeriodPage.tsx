import { useRoute } from "preact-iso";
import { reportPagePath } from "../api/reports";
import type { PeriodOverview } from "../api/types";
import { useApi } from "../api/useApi";
import { useSession } from "../auth/useSession";
import { SignInRequired } from "../components/SignInRequired";
import { Await } from "../components/Status";
import { TableDownload } from "../components/TableDownload";
import { formatDate, formatDateTime, label, reportStateNames } from "../labels";
import { usePageTitle } from "../usePageTitle";

/** Who has reported on a period: every measure expected to, its report's state, and which are late. */
export function PeriodPage() {
  const { params } = useRoute();
  const user = useSession();
  const code = params.code ?? "";
  const overview = useApi<PeriodOverview>(user ? `/api/v1/periods/${encodeURIComponent(code)}/reports` : null);
  usePageTitle(overview.data ? `Verslagen ${overview.data.period.name}` : "Verslagen");

  if (!user) {
    return (
      <>
        <h1>Verslagen</h1>
        <SignInRequired user={user} action="te zien wie er heeft gerapporteerd" reason="Het overzicht is voor de coalitie." />
      </>
    );
  }

  return (
    <Await loaded={overview} what="Het overzicht">
      {({ period, expected, submitted, late, reports }) => (
        <>
          <p class="breadcrumb">
            <a href="/verslagen">Verslagen</a>
          </p>
          <h1>Verslagen {period.name}</h1>
          <p class="lead" data-testid="period-summary">
            {submitted} van {expected} verwachte verslagen ingediend of goedgekeurd; {late} te laat (in te dienen vóór {formatDate(period.dueOn)}).
          </p>
          {reports.length === 0 ? (
            <p class="muted">Er loopt in deze periode geen maatregel.</p>
          ) : (
            <>
            <TableDownload what="het overzicht" path={`/api/v1/periods/${encodeURIComponent(period.code)}/reports`} />
            <div class="table-scroll">
              <table class="stack-table" data-testid="period-reports">
                <caption class="visually-hidden">Maatregelen en hun verslag over {period.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Maatregel</th>
                    <th scope="col">Verslag</th>
                    <th scope="col">Bijgewerkt</th>
                  </tr>
                </thead>
                <tbody>
                  {reports.map((report) => (
                    <tr key={report.measureId} data-measure={report.measureId} data-state={report.state ?? "none"} data-late={report.late}>
                      <td data-label="Maatregel">
                        <a href={`/maatregelen/${report.measureId}`}>{report.measureTitle}</a>
                        {!report.expected && <span class="muted"> (loopt niet in deze periode)</span>}
                      </td>
                      <td data-label="Verslag" data-testid="period-report-state">
                        <a href={reportPagePath(report.measureId, period.code)}>{report.state ? label(reportStateNames, report.state) : "Nog niet geschreven"}</a>
                        {report.late && <strong class="late"> te laat</strong>}
                      </td>
                      <td data-label="Bijgewerkt">{formatDateTime(report.updatedAt) || "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            </>
          )}
        </>
      )}
    </Await>
  );
}
