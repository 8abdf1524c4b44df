import type { Area } from "../../api/types";

/** Which buurten to add to the indicator's chart: none, the programme's, one wijk's or all. */
export function BuurtSelector({ wijken, value, onChange }: { wijken: Area[]; value: string; onChange: (value: string) => void }) {
  return (
    <div class="field inline-field">
      <label for="buurt-selector">Buurten tonen</label>
      <select id="buurt-selector" data-testid="buurt-selector" value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">Geen buurten</option>
        <option value="programma">Buurten in het programma</option>
        {wijken.map((wijk) => (
          <option key={wijk.code} value={wijk.code}>
            Buurten van {wijk.name}
          </option>
        ))}
        <option value="alle">Alle buurten</option>
      </select>
    </div>
  );
}

export function selectBuurten(buurten: Area[], choice: string): Area[] {
  if (choice === "") return [];
  if (choice === "alle") return buurten;
  if (choice === "programma") return buurten.filter((b) => b.programmes.length > 0);
  return buurten.filter((b) => b.parentCode === choice);
}
