import { useMemo, useState } from "preact/hooks";
import { errorsInDutch } from "../../api/errorText";
import type { Area, Indicator, MeasureInput, Partner } from "../../api/types";
import { measureStatusNames, themeNames } from "../../labels";
import { Field, FormMessage, fieldProps, useSubmission } from "../Form";
import { AreaPicker } from "./AreaPicker";
import { FundingRows } from "./FundingRows";
import { IndicatorRows } from "./IndicatorRows";
import { MilestoneRows } from "./MilestoneRows";
import { ParticipantRows } from "./ParticipantRows";
import { useFocusNewRow } from "./RowGroup";
import { isShownField, statusChoices, toInput, type MeasureFormValues } from "./values";
import { NameOptions } from "../NameOptions";

export interface MeasureFormLookups {
  partners: Partner[];
  areas: Area[];
  indicators: Indicator[];
}

interface Props {
  initial: MeasureFormValues;
  lookups: MeasureFormLookups;
  /** The stored status when editing: the status list then offers only the changes the service allows. */
  storedStatus: string | null;
  /** A partner editor's own partner: the lead stays theirs. */
  fixedLeadPartnerId: string | null;
  submitLabel: string;
  cancelHref: string;
  send: (input: MeasureInput) => Promise<void>;
  /** Reads the newest version after a version conflict; the form message offers it. */
  onLoadLatest?: () => void;
}

/** The one form for adding and changing a measure; the gateway's field errors show beside their fields. */
export function MeasureForm({ initial, lookups, storedStatus, fixedLeadPartnerId, submitLabel, cancelHref, send, onLoadLatest }: Props) {
  const [values, setValues] = useState(initial);
  const submission = useSubmission(isShownField);
  // Errors name rows by position; once a row is removed they would point at the wrong one, so they go until the next try.
  const [errorsStale, setErrorsStale] = useState(false);
  const errors = useMemo(() => (errorsStale ? {} : errorsInDutch(submission.errors)), [submission.errors, errorsStale]);
  const focus = useFocusNewRow();

  const set = <K extends keyof MeasureFormValues>(name: K, value: MeasureFormValues[K]) => setValues((previous) => ({ ...previous, [name]: value }));
  const setRows =
    <K extends "participants" | "funding" | "milestones" | "indicators">(name: K) =>
    (rows: MeasureFormValues[K]) => {
      if (rows.length < values[name].length) setErrorsStale(true);
      set(name, rows);
    };

  function onSubmit(event: Event) {
    event.preventDefault();
    if (submission.busy) return;
    setErrorsStale(false);
    void submission.submit(() => send(toInput(values)));
  }

  const statuses = statusChoices(storedStatus, Object.keys(measureStatusNames));
  const statusProps = fieldProps("status", errors);
  if (storedStatus) statusProps["aria-describedby"] = [statusProps["aria-describedby"], "status-hint"].filter(Boolean).join(" ");
  const leadOptions = lookups.partners.filter((p) => !p.archived || p.id === values.leadPartnerId);
  const fixedLead = fixedLeadPartnerId ? lookups.partners.find((p) => p.id === fixedLeadPartnerId) : undefined;

  return (
    <form class="measure-form" data-testid="measure-form" onSubmit={onSubmit}>
      <FormMessage submission={submission} onLoadLatest={onLoadLatest} />

      <Field label="Titel" name="title" errors={errors}>
        <input {...fieldProps("title", errors)} type="text" required maxLength={200} value={values.title} onInput={(event) => set("title", event.currentTarget.value)} />
      </Field>
      <Field label="Omschrijving" name="description" errors={errors} hint="Wat de maatregel doet, voor wie, en waar de informatie vandaan komt.">
        <textarea {...fieldProps("description", errors, true)} rows={6} maxLength={10000} value={values.description} onInput={(event) => set("description", event.currentTarget.value)} />
      </Field>

      <div class="field-row">
        <Field label="Thema" name="theme" errors={errors}>
          <select {...fieldProps("theme", errors)} required value={values.theme} onChange={(event) => set("theme", event.currentTarget.value)}>
            <option value="">Kies een thema</option>
            <NameOptions names={themeNames} />
          </select>
        </Field>
        <Field label="Status" name="status" errors={errors}>
          <select {...statusProps} required value={values.status} onChange={(event) => set("status", event.currentTarget.value)}>
            {statuses.map((status) => (
              <option key={status} value={status}>
                {measureStatusNames[status]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {storedStatus && (
        <p class="hint form-hint" id="status-hint">
          De status kan alleen de gebruikelijke volgende stappen zetten; afgerond en gestopt zijn definitief.
        </p>
      )}

      <Field label="Trekker" name="leadPartnerId" errors={errors} hint={fixedLeadPartnerId ? "De partner waarvoor u werkt; die blijft de trekker." : undefined}>
        {fixedLeadPartnerId ? (
          <input {...fieldProps("leadPartnerId", errors, true)} type="text" readOnly value={fixedLead?.name ?? fixedLeadPartnerId} />
        ) : (
          <select {...fieldProps("leadPartnerId", errors)} required value={values.leadPartnerId} onChange={(event) => set("leadPartnerId", event.currentTarget.value)}>
            <option value="">Kies de trekker</option>
            {leadOptions.map((partner) => (
              <option key={partner.id} value={partner.id}>
                {partner.archived ? `${partner.name} (gearchiveerd)` : partner.name}
              </option>
            ))}
          </select>
        )}
      </Field>

      <div class="field-row">
        <Field label="Startdatum" name="startDate" errors={errors}>
          <input {...fieldProps("startDate", errors)} type="date" value={values.startDate} onInput={(event) => set("startDate", event.currentTarget.value)} />
        </Field>
        <Field label="Einddatum" name="endDate" errors={errors}>
          <input {...fieldProps("endDate", errors)} type="date" value={values.endDate} onInput={(event) => set("endDate", event.currentTarget.value)} />
        </Field>
      </div>

      <AreaPicker
        selected={values.areaCodes}
        onChange={(codes) => {
          if (codes.length < values.areaCodes.length) setErrorsStale(true);
          set("areaCodes", codes);
        }} areas={lookups.areas} errors={errors} />
      <ParticipantRows rows={values.participants} onChange={setRows("participants")} partners={lookups.partners} leadPartnerId={values.leadPartnerId} errors={errors} focus={focus} />
      <FundingRows rows={values.funding} onChange={setRows("funding")} errors={errors} focus={focus} />
      <MilestoneRows rows={values.milestones} onChange={setRows("milestones")} errors={errors} focus={focus} />
      <IndicatorRows rows={values.indicators} onChange={setRows("indicators")} indicators={lookups.indicators} errors={errors} focus={focus} />

      <div class="actions form-actions">
        <button type="submit" disabled={submission.busy} data-testid="submit">
          {submission.busy ? "Bezig met opslaan…" : submitLabel}
        </button>
        <a href={cancelHref}>Annuleren</a>
      </div>
    </form>
  );
}
