import { reportPagePath } from "../../api/reports";
import type { Page, ProgressReport, ReportingPeriod } from "../../api/types";
import { useApi } from "../../api/useApi";
import { useSession } from "../../auth/useSession";
import { label, reportStateNames } from "../../labels";
import { Await } from "../Status";
import { TableDownload } from "../TableDownload";

/** The measure's progress report per period, for the coalition's signed-in people, each leading to its page. */
export function MeasureReports({ measureId }: { measureId: string }) {
  const user = useSession();
  const reports = useApi<Page<ProgressReport>>(user ? `/api/v1/measures/${encodeURIComponent(measureId)}/reports?pageSize=50` : null);
  const periods = useApi<Page<ReportingPeriod>>(user ? "/api/v1/periods?pageSize=20" : null);
  if (!user) return null;

  return (
    <section aria-labelledby="reports-title" data-testid="measure-reports">
      <h2 id="reports-title">Voortgangsverslagen</h2>
      <Await loaded={periods} what="De verslagperioden">
        {(periodPage) => (
          <Await loaded={reports} what="De verslagen">
            {(reportPage) =>
              periodPage.items.length === 0 ? (
                <p class="muted">Er zijn nog geen verslagperioden.</p>
              ) : (
                <>
                {reportPage.items.length > 0 && (
                  <TableDownload what="de verslagen" path={`/api/v1/measures/${encodeURIComponent(measureId)}/reports`} testId="reports-download" />
                )}
                <ul>
                  {periodPage.items.map((period) => {
                    const report = reportPage.items.find((r) => r.period === period.code);
                    return (
                      <li key={period.code} data-period={period.code} data-state={report?.state ?? "none"}>
                        <a href={reportPagePath(measureId, period.code)} data-testid={`measure-report-${period.code}`}>
                          {period.name}
                        </a>
                        : {report ? label(reportStateNames, report.state) : "nog niet geschreven"}
                      </li>
                    );
                  })}
                </ul>
                </>
              )
            }
          </Await>
        )}
      </Await>
    </section>
  );
}
