import { useState } from "preact/hooks";
import type { Area } from "../../api/types";
import { groupByWijk } from "../../areaGroups";
import { fieldId, type FieldErrors } from "../Form";
import { GroupErrors } from "./RowGroup";

/**
 * Checkboxes for the wijken and their buurten, a folding group per wijk. The gateway names a wrong area by its place
 * in the list sent (`areaCodes[2]`), so each checkbox looks up its own place to show that error beside it.
 */
export function AreaPicker({ selected, onChange, areas, errors }: { selected: string[]; onChange: (codes: string[]) => void; areas: Area[]; errors: FieldErrors }) {
  const groups = groupByWijk(areas);
  const known = new Set(groups.flatMap(({ wijk, buurten }) => [wijk.code, ...buurten.map((b) => b.code)]));
  const unknown = selected.filter((code) => !known.has(code));
  // Groups with a chosen area start open; after that they stay as the user leaves them.
  const [openAtStart] = useState(() => new Set(groups.filter(({ wijk, buurten }) => [wijk, ...buurten].some((a) => selected.includes(a.code))).map(({ wijk }) => wijk.code)));
  const toggle = (code: string, on: boolean) => onChange(on ? [...selected, code] : selected.filter((c) => c !== code));
  const errorsAt = (code: string) => errors[`areaCodes[${selected.indexOf(code)}]`] ?? [];

  function box(code: string, text: string) {
    const id = `area-${code}`;
    const messages = selected.includes(code) ? errorsAt(code) : [];
    const errorId = `${fieldId(`areaCodes-${code}`)}-error`;
    return (
      <div class="checkbox-field" key={code}>
        <input
          id={id}
          type="checkbox"
          name="areaCodes"
          value={code}
          checked={selected.includes(code)}
          onChange={(event) => toggle(code, event.currentTarget.checked)}
          aria-invalid={messages.length > 0 ? "true" : undefined}
          aria-describedby={messages.length > 0 ? errorId : undefined}
        />
        <label for={id}>{text}</label>
        {messages.map((message, index) => (
          <p key={index} class="field-error" id={errorId} data-testid={`error-areaCodes-${code}`}>
            {message}
          </p>
        ))}
      </div>
    );
  }

  return (
    <fieldset class="row-group area-picker" data-testid="group-areaCodes">
      <legend>Gebieden</legend>
      <p class="hint">Kies een hele wijk, of de buurten waar de maatregel loopt.</p>
      <GroupErrors name="areaCodes" errors={errors} />
      <p class="muted" aria-live="polite">
        {selected.length === 0 ? "Nog geen gebied gekozen." : `${selected.length} ${selected.length === 1 ? "gebied" : "gebieden"} gekozen.`}
      </p>
      {groups.map(({ wijk, buurten }) => {
        const codes = [wijk.code, ...buurten.map((b) => b.code)];
        const count = codes.filter((code) => selected.includes(code)).length;
        return (
          <details key={wijk.code} class="area-group" open={openAtStart.has(wijk.code)}>
            <summary>
              {wijk.name}
              {count > 0 && <span class="muted">{` (${count} gekozen)`}</span>}
            </summary>
            <div class="area-boxes">
              {box(wijk.code, `Hele wijk ${wijk.name}`)}
              {buurten.map((buurt) => box(buurt.code, buurt.name))}
            </div>
          </details>
        );
      })}
      {unknown.length > 0 && (
        <div class="area-boxes" aria-label="Overige gebieden" role="group">
          {unknown.map((code) => box(code, code))}
        </div>
      )}
    </fieldset>
  );
}
