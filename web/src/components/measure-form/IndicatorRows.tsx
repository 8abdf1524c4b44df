import type { Indicator } from "../../api/types";
import { Field, fieldProps, type FieldErrors } from "../Form";
import { label, themeNames } from "../../labels";
import { Row, RowGroup, replaceRow, withoutRow, type useFocusNewRow } from "./RowGroup";
import { nextKey, type IndicatorRow } from "./values";

export function IndicatorRows({ rows, onChange, indicators, errors, focus }: { rows: IndicatorRow[]; onChange: (rows: IndicatorRow[]) => void; indicators: Indicator[]; errors: FieldErrors; focus: ReturnType<typeof useFocusNewRow> }) {
  function add() {
    const key = nextKey();
    focus.added(key);
    onChange([...rows, { key, indicatorCode: "", expectedDirection: "" }]);
  }
  const themes = [...new Set(indicators.map((indicator) => indicator.theme))];

  return (
    <RowGroup legend="Indicatoren" name="indicators" errors={errors} hint="De indicatoren die deze maatregel wil bewegen, en in welke richting." addLabel="Indicator toevoegen" onAdd={add}>
      {rows.map((row, index) => {
        const codeField = `indicators[${index}].indicatorCode`;
        const directionField = `indicators[${index}].expectedDirection`;
        function choose(code: string) {
          // Suggests the direction that counts as better for the indicator; it can still be changed.
          const direction = indicators.find((indicator) => indicator.code === code)?.direction;
          const suggested = direction === "lower_is_better" ? "down" : direction === "higher_is_better" ? "up" : row.expectedDirection;
          onChange(replaceRow(rows, row.key, { indicatorCode: code, expectedDirection: row.expectedDirection || suggested }));
        }
        return (
          <Row key={row.key} legend={`Indicator ${index + 1}`} onRemove={() => onChange(withoutRow(rows, row.key))}>
            <Field label="Indicator" name={codeField} errors={errors}>
              <select {...fieldProps(codeField, errors)} ref={focus.ref(row.key)} required value={row.indicatorCode} onChange={(event) => choose(event.currentTarget.value)}>
                <option value="">Kies een indicator</option>
                {themes.map((theme) => (
                  <optgroup key={theme} label={label(themeNames, theme)}>
                    {indicators
                      .filter((indicator) => indicator.theme === theme)
                      .map((indicator) => (
                        <option key={indicator.code} value={indicator.code}>
                          {indicator.name}
                        </option>
                      ))}
                  </optgroup>
                ))}
                {row.indicatorCode && !indicators.some((i) => i.code === row.indicatorCode) && <option value={row.indicatorCode}>{row.indicatorCode}</option>}
              </select>
            </Field>
            <Field label="Beoogd effect" name={directionField} errors={errors}>
              <select {...fieldProps(directionField, errors)} required value={row.expectedDirection} onChange={(event) => onChange(replaceRow(rows, row.key, { expectedDirection: event.currentTarget.value }))}>
                <option value="">Kies een richting</option>
                <option value="up">Omhoog</option>
                <option value="down">Omlaag</option>
              </select>
            </Field>
          </Row>
        );
      })}
    </RowGroup>
  );
}
