import { useState } from "preact/hooks";
import { createPeriod } from "../api/reports";
import type { ReportingPeriod } from "../api/types";
import { usePaged } from "../api/usePaged";
import { isProgrammeOffice } from "../auth/session";
import { useSession } from "../auth/useSession";
import { Field, fieldProps, FormMessage, useSubmission } from "../components/Form";
import { LoadMore } from "../components/LoadMore";
import { ErrorMessage, Loading } from "../components/Status";
import { formatDate } from "../labels";
import { usePageTitle } from "../usePageTitle";

/** The reporting periods, newest first, each leading to who has reported; the programme office adds periods here. */
export function PeriodsPage() {
  usePageTitle("Verslagen");
  const user = useSession();
  const periods = usePaged<ReportingPeriod>("/api/v1/periods");

  return (
    <>
      <h1>Verslagen</h1>
      <p class="lead">Per periode schrijven de partners een voortgangsverslag over elke maatregel die loopt; het programmabureau beoordeelt ze.</p>
      {isProgrammeOffice(user) && <NewPeriod onCreated={periods.refresh} />}
      {periods.loading ? (
        <Loading what="De perioden" />
      ) : periods.items.length === 0 && !periods.error ? (
        <p class="muted" data-testid="periods-empty">Er zijn nog geen verslagperioden.</p>
      ) : (
        <ul class="period-list" data-testid="periods">
          {periods.items.map((period) => (
            <li key={period.code} data-code={period.code}>
              <a href={`/verslagen/${period.code}`}>{period.name}</a>{" "}
              <span class="muted">
                ({formatDate(period.startDate)} tot en met {formatDate(period.endDate)}; open vanaf {formatDate(period.opensOn)}, in te dienen vóór {formatDate(period.dueOn)})
              </span>
            </li>
          ))}
        </ul>
      )}
      {periods.error && <ErrorMessage error={periods.error} retry={periods.reload} />}
      <LoadMore list={periods} what="perioden" />
    </>
  );
}

function NewPeriod({ onCreated }: { onCreated: () => void }) {
  const [values, setValues] = useState({ code: "", name: "", opensOn: "", dueOn: "" });
  const [created, setCreated] = useState<string | null>(null);
  const submission = useSubmission((field) => field in values, (error) =>
    error.status === 409 ? `Niet opgeslagen: de periode ${values.code.trim()} bestaat al.` : null);
  const errors = submission.errors;
  const set = (name: keyof typeof values) => (event: { currentTarget: { value: string } }) => setValues({ ...values, [name]: event.currentTarget.value });

  function submit(event: Event) {
    event.preventDefault();
    setCreated(null);
    void submission.submit(async () => {
      const { body } = await createPeriod({ code: values.code.trim(), name: values.name.trim(), opensOn: values.opensOn, dueOn: values.dueOn });
      setCreated(body.name);
      setValues({ code: "", name: "", opensOn: "", dueOn: "" });
      onCreated();
    });
  }

  return (
    <form class="card" onSubmit={submit} noValidate data-testid="period-form" aria-busy={submission.busy}>
      <h2>Nieuwe periode</h2>
      <FormMessage submission={submission} />
      {created && (
        <p class="notice notice-success" role="status" data-testid="period-created">
          De periode {created} is toegevoegd.
        </p>
      )}
      <Field label="Code" name="code" errors={errors} hint="Een jaar (2025), een halfjaar (2025-H1) of een kwartaal (2025-Q3).">
        <input {...fieldProps("code", errors, true)} value={values.code} onInput={set("code")} data-testid="period-code" />
      </Field>
      <Field label="Naam" name="name" errors={errors} hint="Mag leeg blijven: dan volgt de naam uit de code.">
        <input {...fieldProps("name", errors, true)} value={values.name} onInput={set("name")} data-testid="period-name" />
      </Field>
      <Field label="Open vanaf" name="opensOn" errors={errors}>
        <input {...fieldProps("opensOn", errors)} type="date" value={values.opensOn} onInput={set("opensOn")} data-testid="period-opens-on" />
      </Field>
      <Field label="In te dienen vóór" name="dueOn" errors={errors}>
        <input {...fieldProps("dueOn", errors)} type="date" value={values.dueOn} onInput={set("dueOn")} data-testid="period-due-on" />
      </Field>
      <div class="actions">
        <button type="submit" disabled={submission.busy} data-testid="period-submit">
          Periode toevoegen
        </button>
      </div>
    </form>
  );
}
