import { useEffect, useState } from "preact/hooks";
import { ApiError } from "../../api/client";
import type { Measure, ProgressReport, ReportInput } from "../../api/types";
import { formatDate, formatEuros, progressRatingNames } from "../../labels";
import { Field, fieldProps, FormMessage, useSubmission, type FieldErrors } from "../Form";
import { NameOptions } from "../NameOptions";

interface Values {
  done: string;
  obstacles: string;
  nextSteps: string;
  rating: string;
  /** Euros per funding line, as typed. */
  spent: string[];
  reach: { areaCode: string; people: string; description: string }[];
  milestones: { done: boolean; movedTo: string; reason: string }[];
}

/**
 * The report's content as its partners write it: text, how the measure stands, money spent per funding line of the
 * measure, people reached per area, and what became of each milestone. Checked in Dutch before it is sent.
 */
export function ReportForm({
  measure,
  report,
  save,
  onConflict,
  onUnsavedChange,
}: {
  measure: Measure;
  report: ProgressReport | null;
  save: (input: ReportInput) => Promise<void>;
  onConflict: () => void;
  /** Whether the form holds changes not yet saved, so a review step does not go ahead without them. */
  onUnsavedChange?: (unsaved: boolean) => void;
}) {
  const [values, setValues] = useState<Values>(() => initialValues(measure, report));
  const [saved, setSaved] = useState<Values>(values);
  const unsaved = JSON.stringify(values) !== JSON.stringify(saved);
  useEffect(() => onUnsavedChange?.(unsaved), [unsaved]);
  const submission = useSubmission((field) => /^(done|obstacles|nextSteps|rating|spending\[\d+\]|reach\[\d+\]|milestones\[\d+\])/.test(field));
  const errors = submission.errors;
  const set = (name: "done" | "obstacles" | "nextSteps" | "rating") => (event: { currentTarget: { value: string } }) =>
    setValues({ ...values, [name]: event.currentTarget.value });
  // Only lines with an amount are sent; the gateway's errors name their place in what was sent.
  const spentLines = values.spent.map((text, line) => ({ text: text.trim(), line })).filter((entry) => entry.text !== "");
  // Rows left empty are not sent either; errors name a row by its place among those sent.
  const sentReach = values.reach.map((row, index) => ({ row, index })).filter(({ row }) => row.people.trim() !== "" || row.description.trim() !== "");
  const reachField = (index: number, field: string) => {
    const sent = sentReach.findIndex((entry) => entry.index === index);
    return sent >= 0 ? `reach[${sent}].${field}` : `reach-${index}.${field}`;
  };
  const movedMilestones = values.milestones.map((m, index) => ({ ...m, index })).filter((m) => m.done || m.movedTo !== "" || m.reason.trim() !== "");

  function submit(event: Event) {
    event.preventDefault();
    const found: FieldErrors = {};
    const spending = spentLines.map(({ text, line }, i) => {
      const cents = euroCents(text);
      if (cents === null) found[`spending[${i}].spentCents`] = ["Vul een bedrag in euro's in, zoals 80.000 of 1.250,50."];
      return { fundingLine: line, spentCents: cents ?? 0 };
    });
    const reach = sentReach
      .map(({ row }, i) => {
        const people = Number(row.people.trim());
        if (!Number.isInteger(people) || people < 1) found[`reach[${i}].people`] = ["Vul een aantal mensen in (een heel getal vanaf 1)."];
        return { areaCode: row.areaCode || null, people: Number.isInteger(people) ? people : 0, description: row.description.trim() };
      });
    const milestones = movedMilestones.map((m, i) => {
      if (m.movedTo && !m.reason.trim()) found[`milestones[${i}].reason`] = ["Geef een reden als de mijlpaal verschuift."];
      return { milestone: m.index, done: m.done, movedTo: m.movedTo || null, reason: m.reason.trim() };
    });
    const input: ReportInput = {
      done: values.done.trim(),
      obstacles: values.obstacles.trim(),
      nextSteps: values.nextSteps.trim(),
      rating: values.rating || null,
      spending,
      reach,
      milestones,
    };
    void submission.submit(async () => {
      if (Object.keys(found).length > 0) throw new ApiError(400, { errors: found });
      const sent = values;
      await save(input);
      setSaved(sent);
    });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="report-form" aria-busy={submission.busy}>
      <FormMessage submission={submission} onLoadLatest={onConflict} />
      <Field label="Wat is er gedaan?" name="done" errors={errors} hint="Nodig om in te dienen. Dit komt in het jaarverslag.">
        <textarea {...fieldProps("done", errors, true)} rows={5} value={values.done} onInput={set("done")} data-testid="report-done" />
      </Field>
      <Field label="Wat zat in de weg?" name="obstacles" errors={errors}>
        <textarea {...fieldProps("obstacles", errors)} rows={3} value={values.obstacles} onInput={set("obstacles")} data-testid="report-obstacles" />
      </Field>
      <Field label="Wat komt er hierna?" name="nextSteps" errors={errors}>
        <textarea {...fieldProps("nextSteps", errors)} rows={3} value={values.nextSteps} onInput={set("nextSteps")} data-testid="report-next-steps" />
      </Field>
      <Field label="Stand van de maatregel" name="rating" errors={errors} hint="Nodig om in te dienen.">
        <select {...fieldProps("rating", errors, true)} value={values.rating} onChange={set("rating")} data-testid="report-rating">
          <option value="">Kies hoe de maatregel ervoor staat</option>
          <NameOptions names={progressRatingNames} />
        </select>
      </Field>

      <fieldset>
        <legend>Uitgegeven in deze periode</legend>
        {measure.funding.length === 0 ? (
          <p class="muted">De maatregel heeft geen financiering vastgelegd.</p>
        ) : (
          measure.funding.map((line, index) => {
            const sent = spentLines.findIndex((entry) => entry.line === index);
            const name = sent >= 0 ? `spending[${sent}].spentCents` : `spending-${index}`;
            return (
              <Field key={index} label={`${line.source} (begroot ${formatEuros(line.amountCents)}), in euro's`} name={name} errors={errors}>
                <input
                  {...fieldProps(name, errors)}
                  inputMode="decimal"
                  value={values.spent[index]}
                  onInput={(e) => setValues({ ...values, spent: values.spent.map((v, i) => (i === index ? e.currentTarget.value : v)) })}
                  data-testid={`report-spent-${index}`}
                />
              </Field>
            );
          })
        )}
      </fieldset>

      <fieldset>
        <legend>Bereikt</legend>
        {values.reach.map((row, index) => (
          <div class="row-group" key={index}>
            <Field label="Gebied" name={reachField(index, "areaCode")} errors={errors}>
              <select
                {...fieldProps(reachField(index, "areaCode"), errors)}
                value={row.areaCode}
                onChange={(e) => setValues({ ...values, reach: values.reach.map((r, i) => (i === index ? { ...r, areaCode: e.currentTarget.value } : r)) })}
                data-testid={`report-reach-area-${index}`}
              >
                <option value="">Niet per gebied bekend</option>
                {measure.areaCodes.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Aantal mensen" name={reachField(index, "people")} errors={errors}>
              <input
                {...fieldProps(reachField(index, "people"), errors)}
                inputMode="numeric"
                value={row.people}
                onInput={(e) => setValues({ ...values, reach: values.reach.map((r, i) => (i === index ? { ...r, people: e.currentTarget.value } : r)) })}
                data-testid={`report-reach-people-${index}`}
              />
            </Field>
            <Field label="Wie" name={reachField(index, "description")} errors={errors}>
              <input
                {...fieldProps(reachField(index, "description"), errors)}
                value={row.description}
                onInput={(e) => setValues({ ...values, reach: values.reach.map((r, i) => (i === index ? { ...r, description: e.currentTarget.value } : r)) })}
                data-testid={`report-reach-description-${index}`}
              />
            </Field>
          </div>
        ))}
        <button type="button" class="secondary" onClick={() => setValues({ ...values, reach: [...values.reach, { areaCode: "", people: "", description: "" }] })}>
          Gebied toevoegen
        </button>
      </fieldset>

      <fieldset>
        <legend>Mijlpalen</legend>
        {measure.milestones.length === 0 && <p class="muted">De maatregel heeft geen mijlpalen.</p>}
        {measure.milestones.map((milestone, index) => {
          const update = values.milestones[index] ?? { done: false, movedTo: "", reason: "" };
          const sent = movedMilestones.findIndex((m) => m.index === index);
          const prefix = sent >= 0 ? `milestones[${sent}]` : `milestone-${index}`;
          const change = (patch: Partial<Values["milestones"][number]>) =>
            setValues({ ...values, milestones: values.milestones.map((m, i) => (i === index ? { ...m, ...patch } : m)) });
          return (
            <div class="row-group" key={index} data-testid={`report-milestone-${index}`}>
              <p>
                <strong>{milestone.title}</strong> (gepland {formatDate(milestone.dueDate)})
              </p>
              <div class="checkbox-field">
                <input id={`milestone-done-${index}`} type="checkbox" checked={update.done} onChange={(e) => change({ done: e.currentTarget.checked })} data-testid={`report-milestone-done-${index}`} />
                <label for={`milestone-done-${index}`}>Gehaald</label>
              </div>
              <Field label="Verschoven naar" name={`${prefix}.movedTo`} errors={errors}>
                <input {...fieldProps(`${prefix}.movedTo`, errors)} type="date" value={update.movedTo} onInput={(e) => change({ movedTo: e.currentTarget.value })} />
              </Field>
              <Field label="Reden" name={`${prefix}.reason`} errors={errors}>
                <input {...fieldProps(`${prefix}.reason`, errors)} value={update.reason} onInput={(e) => change({ reason: e.currentTarget.value })} />
              </Field>
            </div>
          );
        })}
      </fieldset>

      <div class="actions">
        <button type="submit" disabled={submission.busy} data-testid="report-save">
          {submission.busy ? "Bezig met opslaan…" : "Verslag opslaan"}
        </button>
      </div>
    </form>
  );
}

function initialValues(measure: Measure, report: ProgressReport | null): Values {
  return {
    done: report?.done ?? "",
    obstacles: report?.obstacles ?? "",
    nextSteps: report?.nextSteps ?? "",
    rating: report?.rating ?? "",
    spent: measure.funding.map((_, line) => {
      const spent = report?.spending.find((s) => s.fundingLine === line);
      return spent ? (spent.spentCents / 100).toLocaleString("nl-NL", { maximumFractionDigits: 2 }) : "";
    }),
    reach: report && report.reach.length > 0
      ? report.reach.map((r) => ({ areaCode: r.areaCode ?? "", people: String(r.people), description: r.description }))
      : [{ areaCode: measure.areaCodes[0] ?? "", people: "", description: "" }],
    milestones: measure.milestones.map((_, index) => {
      const update = report?.milestones.find((m) => m.milestone === index);
      return { done: update?.done ?? false, movedTo: update?.movedTo ?? "", reason: update?.reason ?? "" };
    }),
  };
}

/** "80.000", "1.250,50" or "80000" in cents; null when it is no amount. */
function euroCents(text: string): number | null {
  const normalised = text.replace(/[€\s]/g, "").replace(/\.(?=\d{3}(\D|$))/g, "").replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return null;
  return Math.round(Number(normalised) * 100);
}
