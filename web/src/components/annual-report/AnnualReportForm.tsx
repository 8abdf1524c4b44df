import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { request } from "../../api/client";
import type { AnnualReport, Area, Page } from "../../api/types";
import { useApi } from "../../api/useApi";
import { annualReportScopeNames, label, themeNames } from "../../labels";
import { Field, fieldProps, FormMessage, useSubmission } from "../Form";

const fields = ["year", "scope", "theme", "areaCode", "introduction", "asOf"];

/** The programme office asks for a report of a year: the whole programme, one theme or one wijk, with its introduction. */
export function AnnualReportForm() {
  const { route } = useLocation();
  const [values, setValues] = useState({ year: String(new Date().getFullYear() - 1), scope: "programme", theme: "", areaCode: "", introduction: "", asOf: "" });
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const wijken = useApi<Page<Area>>("/api/v1/areas?level=wijk&pageSize=200");
  const submission = useSubmission((field) => fields.includes(field));
  const errors = submission.errors;
  const set = (name: keyof typeof values) => (event: { currentTarget: { value: string } }) => setValues({ ...values, [name]: event.currentTarget.value });

  function submit(event: Event) {
    event.preventDefault();
    void submission.submit(async () => {
      const { body } = await request<AnnualReport>("/api/v1/annual-reports", {
        method: "POST",
        idempotencyKey,
        json: {
          year: values.year === "" ? null : Number(values.year),
          scope: values.scope,
          theme: values.scope === "theme" ? values.theme || null : null,
          areaCode: values.scope === "wijk" ? values.areaCode || null : null,
          introduction: values.introduction,
          asOf: peildatum(values.asOf),
        },
      });
      route(`/rapportages/${body.id}`);
    });
  }

  return (
    <form class="card" onSubmit={submit} noValidate data-testid="annual-report-form" aria-busy={submission.busy}>
      <h2>Nieuwe rapportage</h2>
      <FormMessage submission={submission} />
      <Field label="Jaar" name="year" errors={errors}>
        <input {...fieldProps("year", errors)} type="number" min={2000} max={2100} value={values.year} onInput={set("year")} data-testid="annual-report-year" />
      </Field>
      <Field label="Over" name="scope" errors={errors}>
        <select {...fieldProps("scope", errors)} value={values.scope} onChange={set("scope")} data-testid="annual-report-scope">
          {Object.entries(annualReportScopeNames).map(([scope, name]) => (
            <option key={scope} value={scope}>
              {name}
            </option>
          ))}
        </select>
      </Field>
      {values.scope === "theme" && (
        <Field label="Thema" name="theme" errors={errors}>
          <select {...fieldProps("theme", errors)} value={values.theme} onChange={set("theme")} data-testid="annual-report-theme">
            <option value="">Kies een thema</option>
            {Object.keys(themeNames).map((theme) => (
              <option key={theme} value={theme}>
                {label(themeNames, theme)}
              </option>
            ))}
          </select>
        </Field>
      )}
      {values.scope === "wijk" && (
        <Field label="Wijk" name="areaCode" errors={errors}>
          <select {...fieldProps("areaCode", errors)} value={values.areaCode} onChange={set("areaCode")} data-testid="annual-report-wijk">
            <option value="">Kies een wijk</option>
            {(wijken.data?.items ?? []).map((wijk) => (
              <option key={wijk.code} value={wijk.code}>
                {wijk.name} ({wijk.code})
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label="Inleiding" name="introduction" errors={errors} hint="Wat het programmabureau vooraf zegt; een lege regel begint een nieuwe alinea.">
        <textarea {...fieldProps("introduction", errors, true)} rows={6} value={values.introduction} onInput={set("introduction")} data-testid="annual-report-introduction" />
      </Field>
      <Field label="Peildatum" name="asOf" errors={errors} hint="Leeg: alles zoals het nu is. Met een datum: de maatregelen, verslagen en cijfers zoals ze aan het eind van die dag bij stonden, zodat een eerdere rapportage opnieuw te maken is.">
        <input {...fieldProps("asOf", errors)} type="date" max={today()} value={values.asOf} onInput={set("asOf")} data-testid="annual-report-as-of" />
      </Field>
      <div class="actions">
        <button type="submit" disabled={submission.busy} data-testid="annual-report-submit">
          Rapportage maken
        </button>
      </div>
    </form>
  );
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/** The end of the chosen day in the browser's time, or now when that is still to come; none without a date. */
function peildatum(date: string): string | null {
  if (date === "") return null;
  const endOfDay = new Date(`${date}T23:59:59`);
  return new Date(Math.min(endOfDay.getTime(), Date.now())).toISOString();
}
