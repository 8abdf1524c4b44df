import type { Partner } from "../../api/types";
import { Field, fieldProps, type FieldErrors } from "../Form";
import { Row, RowGroup, replaceRow, withoutRow, type useFocusNewRow } from "./RowGroup";
import { nextKey, type ParticipantRow } from "./values";

export function ParticipantRows({ rows, onChange, partners, leadPartnerId, errors, focus }: { rows: ParticipantRow[]; onChange: (rows: ParticipantRow[]) => void; partners: Partner[]; leadPartnerId: string; errors: FieldErrors; focus: ReturnType<typeof useFocusNewRow> }) {
  function add() {
    const key = nextKey();
    focus.added(key);
    onChange([...rows, { key, partnerId: "", role: "" }]);
  }

  return (
    <RowGroup legend="Deelnemende partners" name="participants" errors={errors} hint="Partners die meewerken naast de trekker, elk met hun rol." addLabel="Partner toevoegen" onAdd={add}>
      {rows.map((row, index) => {
        const partnerField = `participants[${index}].partnerId`;
        const roleField = `participants[${index}].role`;
        // Archived partners cannot join, but one that already takes part stays selectable.
        const options = partners.filter((p) => p.id !== leadPartnerId && (!p.archived || p.id === row.partnerId));
        return (
          <Row key={row.key} legend={`Deelnemer ${index + 1}`} onRemove={() => onChange(withoutRow(rows, row.key))}>
            <Field label="Partner" name={partnerField} errors={errors}>
              <select
                {...fieldProps(partnerField, errors)}
                ref={focus.ref(row.key)}
                required
                value={row.partnerId}
                onChange={(event) => onChange(replaceRow(rows, row.key, { partnerId: event.currentTarget.value }))}
              >
                <option value="">Kies een partner</option>
                {options.map((partner) => (
                  <option key={partner.id} value={partner.id}>
                    {partner.archived ? `${partner.name} (gearchiveerd)` : partner.name}
                  </option>
                ))}
                {row.partnerId && !partners.some((p) => p.id === row.partnerId) && <option value={row.partnerId}>{row.partnerId}</option>}
              </select>
            </Field>
            <Field label="Rol" name={roleField} errors={errors}>
              <input
                {...fieldProps(roleField, errors)}
                type="text"
                maxLength={500}
                value={row.role}
                onInput={(event) => onChange(replaceRow(rows, row.key, { role: event.currentTarget.value }))}
              />
            </Field>
          </Row>
        );
      })}
    </RowGroup>
  );
}
