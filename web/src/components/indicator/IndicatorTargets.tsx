import { TableDownload } from "../TableDownload";
import { useState } from "preact/hooks";
import { ApiError } from "../../api/client";
import { setTarget, targetsPath } from "../../api/targets";
import type { Area, Indicator, TargetInput, TargetOfArea } from "../../api/types";
import { useAllPages } from "../../api/useAllPages";
import { useApi } from "../../api/useApi";
import { isProgrammeOffice } from "../../auth/session";
import { useSession } from "../../auth/useSession";
import { cityCode } from "../../city";
import { formatNumber, label, targetStatusNames } from "../../labels";
import { Field, FormMessage, fieldProps, useSubmission, type FieldErrors } from "../Form";
import { Await } from "../Status";

const shownFields = ["areaCode", "baselineYear", "baselineValue", "targetYear", "absoluteGoal", "relativeGoal.referenceAreaCode", "relativeGoal.gapFraction", "source"];

/** The indicator's targets per area with their status; the programme office sets or changes one here. */
/** The indicator's targets; <code>onSaved</code> hears of each one set, so what shows them can read them again. */
export function IndicatorTargets({ indicator, onSaved }: { indicator: Indicator; onSaved?: () => void }) {
  const targets = useApi<TargetOfArea[]>(targetsPath(indicator.code));
  const user = useSession();
  return (
    <section aria-labelledby="targets-title" data-testid="indicator-targets">
      <h2 id="targets-title">Doelen</h2>
      <Await loaded={targets} what="De doelen">
        {(items) =>
          items.length === 0 ? (
            <p class="muted">Voor deze indicator is nog geen doel gesteld.</p>
          ) : (
            <>
            <TableDownload what="de doelen" path={targetsPath(indicator.code)} testId="targets-download" />
            <div class="table-scroll">
              <table class="stack-table" data-testid="indicator-targets-table">
                <thead>
                  <tr>
                    <th scope="col">Gebied</th>
                    <th scope="col">Nulmeting</th>
                    <th scope="col">Doel</th>
                    <th scope="col">Laatste cijfer</th>
                    <th scope="col">Stand</th>
                    <th scope="col">Bron</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => (
                    <tr key={item.areaCode} data-area={item.areaCode}>
                      <td data-label="Gebied">
                        <a href={`/wijken/${item.areaCode}`}>{item.areaCode}</a>
                      </td>
                      <td data-label="Nulmeting">
                        {formatNumber(item.target.baselineValue, indicator.unit)} ({item.target.baselineYear})
                      </td>
                      <td data-label="Doel">{goalText(item, indicator.unit)}</td>
                      <td data-label="Laatste cijfer">{item.latestValue === null ? "nog geen" : `${formatNumber(item.latestValue, indicator.unit)} (${item.latestYear})`}</td>
                      <td data-label="Stand" data-testid="target-status">
                        {label(targetStatusNames, item.target.status)}
                      </td>
                      <td data-label="Bron">{item.target.source}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            </>
          )
        }
      </Await>
      {isProgrammeOffice(user) && <TargetForm indicator={indicator} existing={targets.data ?? []} saved={() => {
        targets.reload();
        onSaved?.();
      }} />}
    </section>
  );
}

function goalText(item: TargetOfArea, unit: string): string {
  const { target } = item;
  const value = target.goalValue === null ? "" : ` (${formatNumber(target.goalValue, unit)})`;
  if (target.relativeGoal) {
    return `${formatNumber(target.relativeGoal.gapFraction * 100)}% van het verschil met ${target.relativeGoal.referenceAreaCode} dichten in ${target.targetYear}${value}`;
  }
  return `${formatNumber(target.absoluteGoal, unit)} in ${target.targetYear}`;
}

const number = (text: string): number | null => (text.trim() === "" ? null : Number(text.replace(",", ".")));

/** Sets the target of one area; an area that has one already is changed on the version shown. */
function TargetForm({ indicator, existing, saved }: { indicator: Indicator; existing: TargetOfArea[]; saved: () => void }) {
  const wijken = useAllPages<Area>("/api/v1/areas?level=wijk");
  const [areaCode, setAreaCode] = useState("");
  const [baselineYear, setBaselineYear] = useState("");
  const [baselineValue, setBaselineValue] = useState("");
  const [targetYear, setTargetYear] = useState("");
  const [kind, setKind] = useState<"absolute" | "relative">("absolute");
  const [absoluteGoal, setAbsoluteGoal] = useState("");
  const [referenceAreaCode, setReferenceAreaCode] = useState(cityCode);
  const [gapPercent, setGapPercent] = useState("50");
  const [source, setSource] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const submission = useSubmission((name) => shownFields.includes(name));
  const errors = submission.errors;
  const current = existing.find((t) => t.areaCode === areaCode);

  function chooseArea(code: string) {
    setAreaCode(code);
    setDone(null);
    const found = existing.find((t) => t.areaCode === code);
    if (!found) {
      // A new target starts empty, not with the values of the area chosen before.
      setBaselineYear("");
      setBaselineValue("");
      setTargetYear("");
      setAbsoluteGoal("");
      return;
    }
    setBaselineYear(String(found.target.baselineYear));
    setBaselineValue(String(found.target.baselineValue));
    setTargetYear(String(found.target.targetYear));
    setKind(found.target.relativeGoal ? "relative" : "absolute");
    setAbsoluteGoal(found.target.absoluteGoal === null ? "" : String(found.target.absoluteGoal));
    if (found.target.relativeGoal) {
      setReferenceAreaCode(found.target.relativeGoal.referenceAreaCode);
      setGapPercent(String(Math.round(found.target.relativeGoal.gapFraction * 10000) / 100));
    }
    setSource(found.target.source);
  }

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (submission.busy) return;
    await submission.submit(async () => {
      const missing: FieldErrors = {};
      if (!areaCode) missing.areaCode = ["Kies het gebied waarvoor het doel geldt."];
      const numbers: [string, string][] = [
        ["baselineYear", baselineYear],
        ["baselineValue", baselineValue],
        ["targetYear", targetYear],
        kind === "absolute" ? ["absoluteGoal", absoluteGoal] : ["relativeGoal.gapFraction", gapPercent],
      ];
      for (const [field, text] of numbers) if (text.trim() === "" || Number.isNaN(number(text))) missing[field] = ["Vul een getal in."];
      const gapValue = number(gapPercent);
      if (kind === "relative" && gapValue !== null && !Number.isNaN(gapValue) && (gapValue <= 0 || gapValue > 100))
        missing["relativeGoal.gapFraction"] = ["Vul een percentage in van meer dan 0 tot en met 100."];
      if (source.trim() === "") missing.source = ["Vul in waar het doel is afgesproken."];
      if (Object.keys(missing).length > 0) throw new ApiError(400, { errors: missing });
      const gap = number(gapPercent);
      const input: TargetInput = {
        baselineYear: number(baselineYear),
        baselineValue: number(baselineValue),
        targetYear: number(targetYear),
        absoluteGoal: kind === "absolute" ? number(absoluteGoal) : null,
        relativeGoal: kind === "relative" ? { referenceAreaCode, gapFraction: gap === null ? null : gap / 100 } : null,
        source,
      };
      await setTarget(indicator.code, areaCode, input, current?.target.version ?? null);
      setDone(`Het doel voor ${areaCode} is opgeslagen.`);
      saved();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid="target-form" aria-busy={submission.busy}>
      <h3>Doel stellen of wijzigen</h3>
      <FormMessage submission={submission} />
      {done && (
        <p class="notice notice-success" role="status" data-testid="target-saved">
          {done}
        </p>
      )}
      <Field label="Gebied" name="areaCode" errors={errors} hint={current ? `Dit gebied heeft al een doel (versie ${current.target.version}); u wijzigt het.` : "De stad of een wijk."}>
        <select {...fieldProps("areaCode", errors, true)} data-testid="target-area" value={areaCode} onChange={(event) => chooseArea(event.currentTarget.value)}>
          <option value="">Kies het gebied</option>
          <option value={cityCode}>Groningen (gemeente)</option>
          {(wijken.data ?? []).map((wijk) => (
            <option key={wijk.code} value={wijk.code}>
              {`${wijk.name} (${wijk.code})`}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Jaar van de nulmeting" name="baselineYear" errors={errors}>
        <input type="text" inputMode="numeric" {...fieldProps("baselineYear", errors)} data-testid="target-baseline-year" value={baselineYear} onInput={(e) => setBaselineYear(e.currentTarget.value)} />
      </Field>
      <Field label={`Nulmeting (${indicator.unit})`} name="baselineValue" errors={errors}>
        <input type="text" inputMode="decimal" {...fieldProps("baselineValue", errors)} data-testid="target-baseline-value" value={baselineValue} onInput={(e) => setBaselineValue(e.currentTarget.value)} />
      </Field>
      <Field label="Doeljaar" name="targetYear" errors={errors}>
        <input type="text" inputMode="numeric" {...fieldProps("targetYear", errors)} data-testid="target-year" value={targetYear} onInput={(e) => setTargetYear(e.currentTarget.value)} />
      </Field>
      <fieldset class="choice">
        <legend>Soort doel</legend>
        <label>
          <input type="radio" name="goal-kind" checked={kind === "absolute"} onChange={() => setKind("absolute")} data-testid="target-kind-absolute" />
          Een waarde bereiken
        </label>
        <label>
          <input type="radio" name="goal-kind" checked={kind === "relative"} onChange={() => setKind("relative")} data-testid="target-kind-relative" />
          Een deel van het verschil met een ander gebied dichten
        </label>
      </fieldset>
      {kind === "absolute" ? (
        <Field label={`Doelwaarde (${indicator.unit})`} name="absoluteGoal" errors={errors}>
          <input type="text" inputMode="decimal" {...fieldProps("absoluteGoal", errors)} data-testid="target-absolute" value={absoluteGoal} onInput={(e) => setAbsoluteGoal(e.currentTarget.value)} />
        </Field>
      ) : (
        <>
          <Field label="Vergelijken met" name="relativeGoal.referenceAreaCode" errors={errors}>
            <input type="text" {...fieldProps("relativeGoal.referenceAreaCode", errors)} data-testid="target-reference" value={referenceAreaCode} onInput={(e) => setReferenceAreaCode(e.currentTarget.value)} />
          </Field>
          <Field label="Deel van het verschil (%)" name="relativeGoal.gapFraction" errors={errors}>
            <input type="text" inputMode="decimal" {...fieldProps("relativeGoal.gapFraction", errors)} data-testid="target-gap" value={gapPercent} onInput={(e) => setGapPercent(e.currentTarget.value)} />
          </Field>
        </>
      )}
      <Field label="Bron van nulmeting en doel" name="source" errors={errors} hint="Waar het doel is afgesproken, zoals een programmaplan.">
        <input type="text" {...fieldProps("source", errors, true)} data-testid="target-source" value={source} onInput={(e) => setSource(e.currentTarget.value)} />
      </Field>
      <div class="actions">
        <button type="submit" disabled={submission.busy} data-testid="target-submit">
          {submission.busy ? "Opslaan…" : "Doel opslaan"}
        </button>
      </div>
    </form>
  );
}
