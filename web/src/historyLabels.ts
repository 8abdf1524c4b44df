import {
  aggregationNames,
  directionNames,
  formatDate,
  formatEuros,
  importStateNames,
  measureStatusNames,
  partnerTypeNames,
  progressRatingNames,
  reportStateNames,
  themeNames,
} from "./labels";

/** What happened, as the history names it. */
export const changeActionNames: Record<string, string> = {
  created: "Aangemaakt",
  updated: "Gewijzigd",
  archived: "Gearchiveerd",
  deleted: "Verwijderd",
  concept: "Terug naar concept",
  ingediend: "Ingediend",
  goedgekeurd: "Goedgekeurd",
  teruggestuurd: "Teruggestuurd",
  succeeded: "Import geslaagd",
  failed: "Import mislukt",
};

/** The records a history holds besides its own (a measure's reports, an indicator's targets). */
export const changeKindNames: Record<string, string> = {
  partner: "Partner",
  measure: "Maatregel",
  report: "Verslag",
  indicator: "Indicator",
  target: "Doel",
  import: "Import",
};

/** Field names as the services record them, in the words of the pages' forms. */
const fieldNames: Record<string, string> = {
  name: "Naam",
  type: "Soort",
  role: "Rol",
  website: "Website",
  contacts: "Contactpersonen",
  "content.title": "Titel",
  "content.description": "Beschrijving",
  "content.theme": "Thema",
  "content.areaCodes": "Gebieden",
  "content.leadPartnerId": "Trekker",
  "content.participants": "Deelnemende partners",
  "content.status": "Status",
  "content.startDate": "Startdatum",
  "content.endDate": "Einddatum",
  "content.funding": "Financiering",
  "content.milestones": "Mijlpalen",
  "content.indicators": "Indicatoren",
  "content.done": "Wat is gedaan",
  "content.obstacles": "Wat zat in de weg",
  "content.nextSteps": "Wat komt hierna",
  "content.rating": "Voortgang",
  "content.spending": "Besteed",
  "content.reach": "Bereikt",
  state: "Status",
  attachments: "Bijlage",
  code: "Code",
  definition: "Definitie",
  unit: "Eenheid",
  direction: "Richting",
  theme: "Thema",
  sourceDataset: "Bron",
  sourceColumn: "Bronkolom",
  aggregation: "Optelling naar wijk",
  baselineYear: "Basisjaar",
  baselineValue: "Basiswaarde",
  targetYear: "Doeljaar",
  absoluteValue: "Doelwaarde",
  referenceAreaCode: "Vergelijkingsgebied",
  gapFraction: "Deel van de achterstand in te lopen",
  source: "Bron van het doel",
  format: "Bestandsvorm",
  fileName: "Bestand",
  mapping: "Koppeling",
  errors: "Fouten",
  warnings: "Waarschuwingen",
};

export function fieldName(field: string): string {
  if (fieldNames[field]) return fieldNames[field];
  if (field.startsWith("counts.")) return `Aantal ${field.slice("counts.".length).replace(/([A-Z])/g, " $1").toLowerCase()}`;
  return field;
}

// Enum values are recorded by their snake_case names; each field's own label map names them.
const valueNames: Record<string, Record<string, string>> = {
  type: partnerTypeNames,
  theme: themeNames,
  "content.theme": themeNames,
  "content.status": measureStatusNames,
  state: reportStateNames,
  "content.rating": progressRatingNames,
  direction: directionNames,
  aggregation: aggregationNames,
};

/** A recorded value as text: lists item by item, amounts in euros, dates and enum values in words. */
export function formatValue(value: unknown, field = "", kind = ""): string {
  if (value === null || value === undefined || value === "") return "(leeg)";
  if (Array.isArray(value)) return value.length === 0 ? "(leeg)" : value.map((item) => formatValue(item)).join("; ");
  if (typeof value === "object")
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== "")
      .map(([key, v]) => formatValue(v, key))
      .join(", ");
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (typeof value === "number")
    return /cents$/i.test(field) ? formatEuros(value) : /year$/i.test(field) ? String(value) : value.toLocaleString("nl-NL");
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text);
  const names = field === "state" && kind === "import" ? importStateNames : valueNames[field];
  return names?.[text] ?? names?.[text.replace(/_/g, "-")] ?? text;
}
