import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import type { PartnerInput } from "../api/types";
import { partnerTypeNames } from "../labels";
import { ContactRows, contactRow, type ContactRow } from "./ContactRows";
import { Field, fieldProps, FormMessage, useSubmission } from "./Form";
import { NameOptions } from "./NameOptions";

const shownFields = new Set(["name", "type", "role", "website", "contacts"]);
const contactField = /^contacts\[\d+\]\.(name|function|email)$/;

export const emptyPartner: PartnerInput = { name: "", type: "gemeente", role: "", website: "", contacts: [] };

/**
 * The partner, whole, for adding (POST) and editing (PUT). `save` sends it; a 412 from it shows `onConflict` as a
 * button to load the newest version.
 */
export function PartnerForm({
  initial,
  submitLabel,
  save,
  onConflict,
  cancelHref,
  notice,
}: {
  initial: PartnerInput;
  submitLabel: string;
  save: (input: PartnerInput) => Promise<void>;
  onConflict?: () => void;
  cancelHref: string;
  notice?: ComponentChildren;
}) {
  const [name, setName] = useState(initial.name);
  const [type, setType] = useState(initial.type);
  const [role, setRole] = useState(initial.role);
  const [website, setWebsite] = useState(initial.website);
  const [contacts, setContacts] = useState<ContactRow[]>(() => initial.contacts.map(contactRow));
  const submission = useSubmission((field) => shownFields.has(field) || contactField.test(field));
  const errors = submission.errors;

  function submit(event: Event) {
    event.preventDefault();
    // Rows left wholly empty are dropped first, so the gateway's contacts[i] errors point at the rows still shown.
    const rows = contacts.filter((c) => c.name.trim() || c.function?.trim() || c.email?.trim());
    setContacts(rows);
    const input: PartnerInput = {
      name: name.trim(),
      type,
      role: role.trim(),
      website: website.trim(),
      contacts: rows.map((c) => ({ name: c.name.trim(), function: c.function?.trim() || null, email: c.email?.trim() || null })),
    };
    void submission.submit(async () => {
      await save(input);
    });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="partner-form" aria-busy={submission.busy}>
      {notice}
      <FormMessage
        submission={submission}
        onLoadLatest={onConflict}
      />
      <Field label="Naam" name="name" errors={errors}>
        <input {...fieldProps("name", errors)} value={name} onInput={(e) => setName(e.currentTarget.value)} required autoComplete="organization" data-testid="partner-form-name" />
      </Field>
      <Field label="Type" name="type" errors={errors}>
        <select {...fieldProps("type", errors)} value={type} onChange={(e) => setType(e.currentTarget.value)} data-testid="partner-form-type">
          <NameOptions names={partnerTypeNames} />
        </select>
      </Field>
      <Field label="Rol in het programma" name="role" errors={errors} hint="Wat doet deze partner in Groningen-Noord? Vermeld waar dat vandaan komt.">
        <textarea {...fieldProps("role", errors, true)} rows={4} value={role} onInput={(e) => setRole(e.currentTarget.value)} data-testid="partner-form-role" />
      </Field>
      <Field label="Website" name="website" errors={errors} hint="Het volledige adres, zoals https://www.werkpro.nl. Mag leeg blijven.">
        <input {...fieldProps("website", errors, true)} type="url" inputMode="url" value={website} onInput={(e) => setWebsite(e.currentTarget.value)} data-testid="partner-form-website" />
      </Field>
      <ContactRows rows={contacts} errors={errors} onChange={setContacts} />
      <div class="actions">
        <button type="submit" disabled={submission.busy} data-testid="submit">
          {submission.busy ? "Bezig met opslaan…" : submitLabel}
        </button>
        <a href={cancelHref}>Annuleren</a>
      </div>
    </form>
  );
}
