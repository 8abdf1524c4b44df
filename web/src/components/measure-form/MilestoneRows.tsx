import type { FieldErrors } from "../Form";
import { Field, fieldId, fieldProps } from "../Form";
import { Row, RowGroup, replaceRow, withoutRow, type useFocusNewRow } from "./RowGroup";
import { nextKey, type MilestoneRow } from "./values";

export function MilestoneRows({ rows, onChange, errors, focus }: { rows: MilestoneRow[]; onChange: (rows: MilestoneRow[]) => void; errors: FieldErrors; focus: ReturnType<typeof useFocusNewRow> }) {
  function add() {
    const key = nextKey();
    focus.added(key);
    onChange([...rows, { key, title: "", dueDate: "", done: false }]);
  }

  return (
    <RowGroup legend="Mijlpalen" name="milestones" errors={errors} addLabel="Mijlpaal toevoegen" onAdd={add}>
      {rows.map((row, index) => {
        const name = (field: string) => `milestones[${index}].${field}`;
        const set = (patch: Partial<MilestoneRow>) => onChange(replaceRow(rows, row.key, patch));
        const doneErrors = errors[name("done")] ?? [];
        return (
          <Row key={row.key} legend={`Mijlpaal ${index + 1}`} onRemove={() => onChange(withoutRow(rows, row.key))}>
            <Field label="Omschrijving" name={name("title")} errors={errors}>
              <input {...fieldProps(name("title"), errors)} ref={focus.ref(row.key)} type="text" required maxLength={200} value={row.title} onInput={(event) => set({ title: event.currentTarget.value })} />
            </Field>
            <Field label="Uiterlijk op" name={name("dueDate")} errors={errors}>
              <input {...fieldProps(name("dueDate"), errors)} type="date" required value={row.dueDate} onInput={(event) => set({ dueDate: event.currentTarget.value })} />
            </Field>
            <div class="field checkbox-field">
              <input {...fieldProps(name("done"), errors)} type="checkbox" checked={row.done} onChange={(event) => set({ done: event.currentTarget.checked })} />
              <label for={fieldId(name("done"))}>Gedaan</label>
              {doneErrors.map((message, i) => (
                <p key={i} class="field-error" id={`${fieldId(name("done"))}-error`}>
                  {message}
                </p>
              ))}
            </div>
          </Row>
        );
      })}
    </RowGroup>
  );
}
