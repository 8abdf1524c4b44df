import { dutchError } from "../api/errorText";
import type { Contact } from "../api/types";
import { Field, fieldProps, type FieldErrors } from "./Form";

export interface ContactRow extends Contact {
  /** Keeps each row's inputs in place when a row above it is removed. */
  key: number;
}

let nextKey = 1;

export function contactRow(contact?: Contact): ContactRow {
  return { key: nextKey++, name: contact?.name ?? "", function: contact?.function ?? "", email: contact?.email ?? "" };
}

/** The partner's contacts as repeatable rows; errors such as `contacts[0].email` show beside their field. */
export function ContactRows({ rows, errors, onChange }: { rows: ContactRow[]; errors: FieldErrors; onChange: (rows: ContactRow[]) => void }) {
  const update = (index: number, change: Partial<Contact>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const listErrors = errors.contacts ?? [];

  return (
    <fieldset class="contacts-fieldset" data-testid="contact-rows" aria-describedby={listErrors.length ? "field-contacts-error" : undefined}>
      <legend>Contactpersonen</legend>
      {rows.length === 0 && <p class="muted">Nog geen contactpersonen.</p>}
      {rows.map((row, index) => {
        const prefix = `contacts[${index}]`;
        return (
          <fieldset key={row.key} class="contact-row" data-testid="contact-row">
            <legend>{`Contactpersoon ${index + 1}`}</legend>
            <Field label="Naam" name={`${prefix}.name`} errors={errors}>
              <input {...fieldProps(`${prefix}.name`, errors)} value={row.name} onInput={(e) => update(index, { name: e.currentTarget.value })} autoComplete="off" />
            </Field>
            <Field label="Functie" name={`${prefix}.function`} errors={errors}>
              <input {...fieldProps(`${prefix}.function`, errors)} value={row.function ?? ""} onInput={(e) => update(index, { function: e.currentTarget.value })} autoComplete="off" />
            </Field>
            <Field label="E-mailadres" name={`${prefix}.email`} errors={errors}>
              <input {...fieldProps(`${prefix}.email`, errors)} type="email" value={row.email ?? ""} onInput={(e) => update(index, { email: e.currentTarget.value })} autoComplete="off" />
            </Field>
            <button type="button" class="secondary" onClick={() => onChange(rows.filter((_, i) => i !== index))} data-testid="remove-contact">
              {`Contactpersoon ${index + 1} verwijderen`}
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="secondary" onClick={() => onChange([...rows, contactRow()])} data-testid="add-contact">
        Contactpersoon toevoegen
      </button>
      {listErrors.length > 0 && (
        <p class="field-error" id="field-contacts-error" data-testid="error-contacts">
          {listErrors.map(dutchError).join(" ")}
        </p>
      )}
    </fieldset>
  );
}
