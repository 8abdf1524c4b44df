import type { FieldErrors } from "../Form";
import { Field, fieldProps } from "../Form";
import { formatEuros } from "../../labels";
import { Row, RowGroup, replaceRow, withoutRow, type useFocusNewRow } from "./RowGroup";
import { euroCents, newFundingRow, type FundingRow } from "./values";

export function FundingRows({ rows, onChange, errors, focus }: { rows: FundingRow[]; onChange: (rows: FundingRow[]) => void; errors: FieldErrors; focus: ReturnType<typeof useFocusNewRow> }) {
  function add() {
    const row = newFundingRow();
    focus.added(row.key);
    onChange([...rows, row]);
  }
  const total = rows.reduce((sum, row) => sum + euroCents(row.euros), 0);

  return (
    <RowGroup legend="Financiering" name="funding" errors={errors} hint="Per bron het bedrag in euro's (bijvoorbeeld 250000 of 1.250,50) en de jaren waarin het wordt besteed." addLabel="Financieringsbron toevoegen" onAdd={add}>
      {rows.map((row, index) => {
        const name = (field: string) => `funding[${index}].${field}`;
        const set = (patch: Partial<FundingRow>) => onChange(replaceRow(rows, row.key, patch));
        return (
          <Row key={row.key} legend={`Financieringsbron ${index + 1}`} onRemove={() => onChange(withoutRow(rows, row.key))}>
            <Field label="Bron" name={name("source")} errors={errors}>
              <input {...fieldProps(name("source"), errors)} ref={focus.ref(row.key)} type="text" required maxLength={200} value={row.source} onInput={(event) => set({ source: event.currentTarget.value })} />
            </Field>
            <Field label="Bedrag in euro's" name={name("amountCents")} errors={errors}>
              <input
                {...fieldProps(name("amountCents"), errors)}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                required
                value={row.euros}
                onInput={(event) => set({ euros: event.currentTarget.value })}
              />
            </Field>
            <Field label="Vanaf jaar" name={name("fromYear")} errors={errors}>
              <input {...fieldProps(name("fromYear"), errors)} type="number" required min={2000} max={2100} step={1} value={row.fromYear} onInput={(event) => set({ fromYear: event.currentTarget.value })} />
            </Field>
            <Field label="Tot en met jaar" name={name("toYear")} errors={errors}>
              <input {...fieldProps(name("toYear"), errors)} type="number" required min={2000} max={2100} step={1} value={row.toYear} onInput={(event) => set({ toYear: event.currentTarget.value })} />
            </Field>
          </Row>
        );
      })}
      {rows.length > 0 && (
        <p class="funding-total" data-testid="form-funding-total">
          {`Totaal: ${formatEuros(total)}`}
        </p>
      )}
    </RowGroup>
  );
}
