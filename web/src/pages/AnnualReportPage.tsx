import { useEffect, useState } from "preact/hooks";
import { ApiError, download } from "../api/client";
import { saveFile } from "../saveFile";
import type { AnnualReport } from "../api/types";
import { useApi } from "../api/useApi";
import { AnnualReportView } from "../components/annual-report/AnnualReportView";
import { ErrorMessage, Loading } from "../components/Status";
import { annualReportStateNames, formatBytes, formatDateTime, label } from "../labels";
import { usePageTitle } from "../usePageTitle";
import { scopeText } from "./AnnualReportsPage";

const documentNames: Record<string, string> = { docx: "Word-document (om af te maken)", pdf: "PDF" };

/** One annual report: its progress while it is made, then its documents and its account as a page to read and print. */
export function AnnualReportPage({ id }: { id: string }) {
  const report = useApi<AnnualReport>(`/api/v1/annual-reports/${encodeURIComponent(id)}`);
  const current = report.data;
  usePageTitle(current ? `Voortgangsrapportage ${current.year}` : "Rapportage");
  const waiting = current?.state === "queued" || current?.state === "generating";

  // While it is made, the page asks again every second; the request itself never waits for it.
  useEffect(() => {
    if (!waiting || report.loading) return;
    const timer = setTimeout(report.reload, 1000);
    return () => clearTimeout(timer);
  }, [waiting, report.loading, current?.progressPercent, current?.step]);

  return (
    <>
      <p class="breadcrumb no-print">
        <a href="/rapportages">Rapportages</a>
      </p>
      {!current && report.loading && <Loading what="De rapportage" />}
      {report.error && !current && <ErrorMessage error={report.error} retry={report.reload} />}
      {current && (
        <>
          <h1 class="no-print">
            Voortgangsrapportage {current.year}: {current.content?.scopeName ?? scopeText(current)}
          </h1>
          <div class="no-print" data-testid="annual-report-state" data-state={current.state}>
            <p>
              {label(annualReportStateNames, current.state)}
              {current.finishedAt ? ` op ${formatDateTime(current.finishedAt)}` : ""}
              {current.requestedBy.name ? `; gevraagd door ${current.requestedBy.name}` : ""}.
            </p>
            {waiting && (
              <div role="status" aria-live="polite">
                <progress max={100} value={current.progressPercent} data-testid="annual-report-progress">
                  {current.progressPercent}%
                </progress>{" "}
                {current.progressPercent}% · {current.step || "Wacht op een vrije plek"}
              </div>
            )}
            {current.state === "failed" && (
              <p class="notice notice-error" role="alert" data-testid="annual-report-error">
                {current.error ?? "De rapportage kon niet worden gemaakt."} Vraag haar opnieuw aan op <a href="/rapportages">Rapportages</a>.
              </p>
            )}
            {current.documents.length > 0 && (
              <div class="actions" data-testid="annual-report-documents">
                {current.documents.map((document) => (
                  <DocumentDownload key={document.format} report={current} document={document} />
                ))}
                <button type="button" class="secondary" onClick={() => window.print()} data-testid="annual-report-print">
                  Afdrukken
                </button>
              </div>
            )}
          </div>
          {current.content && <AnnualReportView content={current.content} />}
        </>
      )}
    </>
  );
}

/** A document fetched with the session's token (the reports are read signed in), then handed to the browser to save. */
function DocumentDownload({ report, document: file }: { report: AnnualReport; document: AnnualReport["documents"][number] }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const fetched = await download(file.href, "*/*", `voortgangsrapportage-${report.year}.${file.format}`);
      saveFile(fetched);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : "Het downloaden is mislukt.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" class="secondary" disabled={busy} aria-busy={busy} onClick={save} data-testid={`annual-report-download-${file.format}`}>
        Download {documentNames[file.format] ?? file.format} ({formatBytes(file.sizeBytes)})
      </button>
      {error && (
        <span class="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
