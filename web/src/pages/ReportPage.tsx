import { useEffect, useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { ApiError, request, type Versioned } from "../api/client";
import { reportingPartners, reportPath, saveReport } from "../api/reports";
import type { Measure, ProgressReport, ReportingPeriod } from "../api/types";
import { useLoader } from "../api/useLoader";
import { isProgrammeOffice, mayEditFor } from "../auth/session";
import { useSession } from "../auth/useSession";
import { ReportAttachments } from "../components/report/ReportAttachments";
import { ReportForm } from "../components/report/ReportForm";
import { ReportHistory } from "../components/report/ReportHistory";
import { ReportView } from "../components/report/ReportView";
import { ReviewActions } from "../components/report/ReviewActions";
import { SignInRequired } from "../components/SignInRequired";
import { Await } from "../components/Status";
import { formatDate, label, reportStateNames } from "../labels";
import { ChangeHistory } from "../components/ChangeHistory";
import { usePageTitle } from "../usePageTitle";

interface Loaded {
  measure: Measure;
  period: ReportingPeriod;
  /** Null while the measure has no report for the period. */
  report: Versioned<ProgressReport> | null;
}

/** A measure's progress report for one period: written by its partners, reviewed by the programme office. */
export function ReportPage() {
  const { params } = useRoute();
  const user = useSession();
  const measureId = params.id ?? "";
  const code = params.period ?? "";
  const [notice, setNotice] = useState<string | null>(null);
  // The form starts again from what is stored only after a conflict: a save or a new attachment keeps what is typed.
  const [formGeneration, setFormGeneration] = useState(0);
  const [resetForm, setResetForm] = useState(false);
  const [unsaved, setUnsaved] = useState(false);
  const loaded = useLoader(user ? `${measureId}/${code}/${user.token}` : null, async (signal) => {
    const [measure, period, report] = await Promise.all([
      request<Measure>(`/api/v1/measures/${encodeURIComponent(measureId)}`, { signal }),
      request<ReportingPeriod>(`/api/v1/periods/${encodeURIComponent(code)}`, { signal }),
      request<ProgressReport>(reportPath(measureId, code), { signal }).catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }),
    ]);
    return { measure: measure.body, period: period.body, report } satisfies Loaded;
  });
  useEffect(() => {
    if (resetForm && loaded.data) {
      setFormGeneration((n) => n + 1);
      setResetForm(false);
    }
  }, [loaded.data]);
  usePageTitle(loaded.data ? `Verslag ${loaded.data.period.name}: ${loaded.data.measure.title}` : "Voortgangsverslag");

  if (!user) {
    return (
      <>
        <h1>Voortgangsverslag</h1>
        <SignInRequired user={user} action="verslagen te lezen en te schrijven" reason="Verslagen zijn voor de coalitie: de partners schrijven ze, het programmabureau beoordeelt ze." />
      </>
    );
  }

  return (
    <Await loaded={loaded} what="Het verslag">
      {({ measure, period, report }) => {
        const mayWrite = reportingPartners(measure).some((partner) => mayEditFor(user, partner));
        const state = report?.body.state ?? null;
        const writable = state === null || state === "concept" || state === "teruggestuurd";
        const reload = (message: string | null, reset = false) => {
          setNotice(message);
          setResetForm(reset);
          loaded.reload();
        };
        return (
          <article data-testid="report-page" data-state={state ?? "none"}>
            <p class="breadcrumb">
              <a href="/maatregelen">Maatregelen</a> › <a href={`/maatregelen/${measure.id}`}>{measure.title}</a> › <a href={`/verslagen/${period.code}`}>{period.name}</a>
            </p>
            <h1>Voortgangsverslag {period.name}</h1>
            <p class="tags">
              <span class={`tag report-state-${state ?? "none"}`} data-testid="report-state">
                {state ? label(reportStateNames, state) : "Nog niet geschreven"}
              </span>
              <span class="tag">In te dienen vóór {formatDate(period.dueOn)}</span>
            </p>
            {notice && (
              <p class="notice notice-success" role="status" data-testid="report-notice">
                {notice}
              </p>
            )}
            {state === "teruggestuurd" && report && (
              <p class="notice notice-error" data-testid="report-returned">
                Teruggestuurd door het programmabureau: {report.body.events.at(-1)?.reason}. Pas het verslag aan en dien het opnieuw in.
              </p>
            )}
            {writable && mayWrite ? (
              <ReportForm
                key={`${measure.id}/${period.code}/${formGeneration}-${report ? "stored" : "new"}`}
                measure={measure}
                report={report?.body ?? null}
                save={async (input) => {
                  try {
                    await saveReport(measure.id, period.code, input, report?.etag ?? null);
                  } catch (error) {
                    // Someone else wrote the first version meanwhile: show theirs, to change from there.
                    if (!(report === null && error instanceof ApiError && error.status === 409)) throw error;
                    reload("Intussen heeft iemand anders dit verslag aangemaakt; dat is nu geladen. Breng uw wijziging opnieuw aan.", true);
                    return;
                  }
                  reload("Het verslag is opgeslagen.");
                }}
                onConflict={() => reload("De nieuwste versie is geladen. Breng uw wijziging opnieuw aan.", true)}
                onUnsavedChange={setUnsaved}
              />
            ) : report ? (
              <ReportView measure={measure} report={report.body} />
            ) : (
              <p class="muted">Voor deze periode is nog geen verslag geschreven.</p>
            )}
            {!writable && state === "goedgekeurd" && <p class="muted" data-testid="report-locked">Goedgekeurd: het verslag ligt vast. Alleen het programmabureau kan het heropenen.</p>}
            {report && (
              <ReviewActions
                report={report.body}
                etag={report.etag ?? `"${report.body.version}"`}
                mayWrite={mayWrite}
                isOffice={isProgrammeOffice(user)}
                onMoved={() => reload("De stap is vastgelegd.")}
                unsaved={writable && mayWrite && unsaved}
                onConflict={() => reload("De nieuwste versie is geladen.")}
              />
            )}
            {report && <ReportAttachments report={report.body} editable={writable && mayWrite} onChanged={() => reload("De bijlagen zijn bijgewerkt.")} />}
            {report && <ReportHistory report={report.body} />}
            {report && <ChangeHistory key={report.body.version} path={`${reportPath(measure.id, period.code)}/history`} />}
          </article>
        );
      }}
    </Await>
  );
}
