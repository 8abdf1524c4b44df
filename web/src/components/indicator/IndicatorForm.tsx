import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { ApiError } from "../../api/client";
import type { IndicatorInput } from "../../api/types";
import { aggregationNames, directionNames, themeNames } from "../../labels";
import { Field, fieldProps, FormMessage, useSubmission, type FieldErrors } from "../Form";
import { NameOptions } from "../NameOptions";

const shownFields = new Set(["code", "name", "definition", "unit", "direction", "theme", "source.dataset", "source.column", "aggregation"]);
// The directions and aggregations the API takes; the labels know older spellings too.
const directions = ["higher_is_better", "lower_is_better"];
const aggregations = ["population_weighted_mean", "sum", "none"];
const codePattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const emptyIndicator: IndicatorInput = {
  code: "",
  name: "",
  definition: "",
  unit: "",
  direction: "",
  theme: "",
  source: { dataset: "", column: null },
  aggregation: "",
};

/**
 * An indicator's definition, whole, for defining one (with its code) and for changing one (its code stays). The
 * form checks what it can in Dutch before sending; the gateway checks everything again.
 */
export function IndicatorForm({
  initial,
  isNew,
  submitLabel,
  save,
  onConflict,
  cancelHref,
  notice,
}: {
  initial: IndicatorInput;
  isNew: boolean;
  submitLabel: string;
  save: (input: IndicatorInput) => Promise<void>;
  onConflict?: () => void;
  cancelHref: string;
  notice?: ComponentChildren;
}) {
  const [values, setValues] = useState(initial);
  const submission = useSubmission(
    (field) => shownFields.has(field),
    (error) => (error.status === 409 && isNew ? `Niet opgeslagen: er is al een indicator met de code ${values.code?.trim()}. Kies een andere code.` : null),
  );
  const errors = submission.errors;
  const set = (name: keyof IndicatorInput) => (event: { currentTarget: { value: string } }) => setValues({ ...values, [name]: event.currentTarget.value });

  function submit(event: Event) {
    event.preventDefault();
    // Field by field: the form may start from a read indicator, whose version and dates the gateway does not take.
    const input: IndicatorInput = {
      code: values.code?.trim(),
      direction: values.direction,
      theme: values.theme,
      aggregation: values.aggregation,
      name: values.name.trim(),
      definition: values.definition.trim(),
      unit: values.unit.trim(),
      source: { dataset: values.source.dataset.trim(), column: values.source.column?.trim() || null },
    };
    void submission.submit(async () => {
      // Shown as the gateway's field errors are, without asking it.
      const found = check(input, isNew);
      if (Object.keys(found).length > 0) throw new ApiError(400, { errors: found });
      await save(input);
    });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="indicator-form" aria-busy={submission.busy}>
      {notice}
      <FormMessage
        submission={submission}
        onLoadLatest={onConflict}
      />
      {isNew && (
        <Field label="Code" name="code" errors={errors} hint="Kleine letters en cijfers, woorden verbonden met streepjes (eenzaam-65plus). De code blijft altijd dezelfde: importbestanden en mappings noemen hem.">
          <input {...fieldProps("code", errors, true)} value={values.code} onInput={set("code")} required autoComplete="off" spellcheck={false} data-testid="indicator-form-code" />
        </Field>
      )}
      <Field label="Naam" name="name" errors={errors}>
        <input {...fieldProps("name", errors)} value={values.name} onInput={set("name")} required data-testid="indicator-form-name" />
      </Field>
      <Field label="Definitie" name="definition" errors={errors} hint="Wat er precies wordt gemeten, en bij wie. Mag leeg blijven.">
        <textarea {...fieldProps("definition", errors, true)} rows={3} value={values.definition} onInput={set("definition")} data-testid="indicator-form-definition" />
      </Field>
      <Field label="Eenheid" name="unit" errors={errors} hint="Zoals % of aantal per 1.000 inwoners.">
        <input {...fieldProps("unit", errors, true)} value={values.unit} onInput={set("unit")} required data-testid="indicator-form-unit" />
      </Field>
      <Field label="Richting" name="direction" errors={errors}>
        <select {...fieldProps("direction", errors)} value={values.direction} onChange={set("direction")} data-testid="indicator-form-direction">
          <option value="">Kies welke kant op beter is</option>
          <NameOptions names={directionNames} codes={directions} />
        </select>
      </Field>
      <Field label="Thema" name="theme" errors={errors}>
        <select {...fieldProps("theme", errors)} value={values.theme} onChange={set("theme")} data-testid="indicator-form-theme">
          <option value="">Kies een thema</option>
          <NameOptions names={themeNames} />
        </select>
      </Field>
      <Field label="Wijkcijfer uit buurten" name="aggregation" errors={errors} hint="Hoe een wijkcijfer uit de buurten volgt als de bron geen wijkcijfer geeft.">
        <select {...fieldProps("aggregation", errors, true)} value={values.aggregation} onChange={set("aggregation")} data-testid="indicator-form-aggregation">
          <option value="">Kies hoe buurten optellen</option>
          <NameOptions names={aggregationNames} codes={aggregations} />
        </select>
      </Field>
      <Field label="Bron" name="source.dataset" errors={errors} hint="De tabel of het bestand, zoals RIVM 50090NED (Gezondheid per wijk en buurt).">
        <input
          {...fieldProps("source.dataset", errors, true)}
          value={values.source.dataset}
          onInput={(event) => setValues({ ...values, source: { ...values.source, dataset: event.currentTarget.value } })}
          required
          data-testid="indicator-form-source"
        />
      </Field>
      <Field label="Kolom in de bron" name="source.column" errors={errors} hint="Mag leeg blijven.">
        <input
          {...fieldProps("source.column", errors, true)}
          value={values.source.column ?? ""}
          onInput={(event) => setValues({ ...values, source: { ...values.source, column: event.currentTarget.value } })}
          data-testid="indicator-form-column"
        />
      </Field>
      <div class="actions">
        <button type="submit" disabled={submission.busy} data-testid="submit">
          {submission.busy ? "Bezig met opslaan…" : submitLabel}
        </button>
        <a href={cancelHref}>Annuleren</a>
      </div>
    </form>
  );
}

/** What the form can tell before sending, in Dutch; the limits are the service's. */
function check(input: IndicatorInput, isNew: boolean): FieldErrors {
  const found: FieldErrors = {};
  const add = (field: string, message: string) => (found[field] = [message]);
  if (isNew) {
    if (!input.code) add("code", "Vul een code in.");
    else if (input.code.length > 64) add("code", "De code mag hoogstens 64 tekens lang zijn.");
    else if (!codePattern.test(input.code)) add("code", "Gebruik kleine letters en cijfers, woorden verbonden met streepjes, zoals eenzaam-65plus.");
  }
  if (!input.name) add("name", "Vul een naam in.");
  else if (input.name.length > 200) add("name", "De naam mag hoogstens 200 tekens lang zijn.");
  if (input.definition.length > 4000) add("definition", "De definitie mag hoogstens 4.000 tekens lang zijn.");
  if (!input.unit) add("unit", "Vul een eenheid in.");
  else if (input.unit.length > 50) add("unit", "De eenheid mag hoogstens 50 tekens lang zijn.");
  if (!input.direction) add("direction", "Kies welke kant op beter is.");
  if (!input.theme) add("theme", "Kies een thema.");
  if (!input.aggregation) add("aggregation", "Kies hoe buurtcijfers tot een wijkcijfer optellen.");
  if (!input.source.dataset) add("source.dataset", "Vul de bron in.");
  else if (input.source.dataset.length > 500) add("source.dataset", "De bron mag hoogstens 500 tekens lang zijn.");
  if ((input.source.column?.length ?? 0) > 200) add("source.column", "De kolom mag hoogstens 200 tekens lang zijn.");
  return found;
}
