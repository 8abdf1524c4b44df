// Dutch labels for the gateway's codes, and number formats as people in the Netherlands read them.

export const themeNames: Record<string, string> = {
  onderwijs: "Onderwijs",
  armoede: "Armoede",
  werk: "Werk",
  gezondheid: "Gezondheid",
  wonen: "Wonen",
  veiligheid: "Veiligheid",
  participatie: "Participatie",
};

export const measureStatusNames: Record<string, string> = {
  idee: "Idee",
  gepland: "Gepland",
  lopend: "Lopend",
  afgerond: "Afgerond",
  gestopt: "Gestopt",
};

export const targetStatusNames: Record<string, string> = {
  achieved: "Doel gehaald",
  on_track: "Op koers",
  off_track: "Niet op koers",
  insufficient_data: "Te weinig gegevens",
  no_target: "Geen doel",
};

export const partnerTypeNames: Record<string, string> = {
  gemeente: "Gemeente",
  bewoners: "Bewoners",
  woningcorporatie: "Woningcorporatie",
  politie: "Politie",
  welzijn: "Welzijn",
  werkgever: "Werkgever",
  onderwijs: "Onderwijs",
  kinderopvang: "Kinderopvang",
  rijk: "Rijk",
  other: "Anders",
};

export const areaLevelNames: Record<string, string> = {
  buurt: "Buurt",
  wijk: "Wijk",
  gemeente: "Gemeente",
  land: "Nederland",
};

export const directionNames: Record<string, string> = {
  higher_is_better: "hoger is beter",
  lower_is_better: "lager is beter",
  up: "omhoog",
  down: "omlaag",
};

export const observationStatusNames: Record<string, string> = {
  definitief: "definitief",
  voorlopig: "voorlopig",
};

export const aggregationNames: Record<string, string> = {
  sum: "som van de buurten",
  population_weighted_mean: "gemiddelde van de buurten, gewogen naar inwoners",
  none: "niet op te tellen uit buurten",
};

/** Shown beside a figure without a value: the source suppressed it (too few respondents, say) or does not have it. */
export const suppressedNote = "afgeschermd door de bron of niet bekend";
/** Shown beside a wijk figure the gateway computed from its buurten rather than read from a source. */
export const derivedNote = "afgeleid uit buurtcijfers";
/** The import formats, in the API's spelling; the order is the order of the form's choices. */
export const importFormatNames: Record<string, string> = {
  cbs_odata_v3: "CBS OData v3 (JSON)",
  cbs_odata_v4: "CBS OData v4 (JSON)",
  statline_csv: "StatLine-download (CSV)",
  leefbaarometer_csv: "Leefbaarometer (CSV)",
  long_csv: "Lange CSV (indicator, gebied, periode, waarde, status)",
};

/** The StatLine catalogues, in the API's spelling. */
export const statLineCatalogNames: Record<string, string> = {
  cbs: "CBS (opendata.cbs.nl)",
  cbs_third_party: "CBS voor derden, zoals RIVM (dataderden.cbs.nl)",
  cbs_v4: "CBS OData v4 (datasets.cbs.nl)",
};

export const reportStateNames: Record<string, string> = {
  concept: "Concept",
  ingediend: "Ingediend",
  goedgekeurd: "Goedgekeurd",
  teruggestuurd: "Teruggestuurd",
};

export const progressRatingNames: Record<string, string> = {
  op_schema: "Op schema",
  risico: "Risico",
  achter: "Achter",
};

export const importStateNames: Record<string, string> = {
  running: "Bezig",
  succeeded: "Gelukt",
  failed: "Mislukt",
};

/** What an import found, by the service's kind. Unknown kinds are shown as sent. */
export const importIssueKindNames: Record<string, string> = {
  malformed: "Onleesbaar bestand",
  bad_metadata: "Onleesbare metadata",
  bad_value: "Ongeldige waarde",
  bad_period: "Ongeldige periode",
  bad_area: "Ongeldige gebiedscode",
  bad_status: "Ongeldige status",
  bad_source: "Ongeldige bron",
  missing_source: "Bron ontbreekt",
  unknown_area: "Onbekend gebied",
  area_not_valid: "Gebied bestond toen niet",
  unknown_indicator: "Onbekende indicator",
  unit_mismatch: "Andere eenheid",
  unmapped_column: "Kolom niet ingelezen",
  negative_suppressed: "Afgeschermde cijfers",
  more_pages: "Meer pagina's bij de bron",
  more_warnings: "Meer waarschuwingen",
  upload_stalled: "Upload stokte",
  cancelled: "Afgebroken",
  abandoned: "Niet afgemaakt",
  database: "Databasefout",
  internal: "Fout in de dienst",
};

/** Names for the parts a combined view can report as degraded. */
export const degradedPartNames: Record<string, string> = {
  area: "de gegevens van het gebied",
  cityComparison: "de vergelijking met de stad",
  indicators: "de indicatoren",
  targets: "de doelen",
  measures: "de maatregelen",
  partners: "de partners",
  leadPartner: "de trekker",
  participants: "de deelnemende partners",
  areas: "de gebieden",
  series: "de reeksen",
  budget: "de begroting",
};

export function label(names: Record<string, string>, code: string | null | undefined): string {
  if (!code) return "onbekend";
  return names[code] ?? code;
}

const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const number = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
const date = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric" });
const dateTime = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "short" });

export function formatEuros(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? "onbekend" : euro.format(cents / 100);
}

export function formatNumber(value: number | null | undefined, unit?: string | null): string {
  if (value === null || value === undefined) return "geen waarde";
  const text = number.format(value);
  // A plain count reads better without the word "aantal" after it.
  if (!unit || unit === "aantal") return text;
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? date.format(new Date(`${iso}T00:00:00`)) : "geen datum";
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTime.format(new Date(iso)) : "";
}

/** The roles a token can carry, as the header and the sign-in page name them. */
export const userRoleNames: Record<string, string> = {
  "programme-office": "programmabureau",
  "partner-editor": "partnerredacteur",
};
export function formatPopulation(population: number | null | undefined, year?: number | null): string {
  if (population === null || population === undefined) return "onbekend";
  return `${number.format(population)} inwoners${year ? ` (${year})` : ""}`;
}

/** The years an area exists in the CBS division, when it does not run on to today. */
export function formatValidity(fromYear: number, toYear: number | null): string | null {
  return toYear === null ? null : `CBS-indeling ${fromYear}–${toYear}`;
}

/** A count with the year it was counted in, for table cells whose header names what is counted. */
export function formatCount(count: number | null | undefined, year?: number | null): string {
  if (count === null || count === undefined) return "onbekend";
  return `${number.format(count)}${year ? ` (${year})` : ""}`;
}

/** The city's name beside an area's own figures. */
export const cityLabel = "Stad Groningen";
const bytesUnits = ["kB", "MB", "GB"];

/** A file size as people read it: 881 bytes, 12,4 kB, 3,1 MB (1 kB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < bytesUnits.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${number.format(value)} ${bytesUnits[unit]}`;
}

/** The time between two moments: "0,4 seconden", "2 minuten 5 seconden". */
export function formatDuration(fromIso: string | null | undefined, toIso: string | null | undefined): string {
  if (!fromIso || !toIso) return "onbekend";
  const seconds = Math.max(0, (new Date(toIso).getTime() - new Date(fromIso).getTime()) / 1000);
  if (seconds < 0.05) return "minder dan 0,1 seconde";
  if (seconds < 60) return `${number.format(seconds)} ${seconds === 1 ? "seconde" : "seconden"}`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  return `${minutes} ${minutes === 1 ? "minuut" : "minuten"}${rest ? ` ${rest} ${rest === 1 ? "seconde" : "seconden"}` : ""}`;
}

export const annualReportScopeNames: Record<string, string> = {
  programme: "Heel Groningen-Noord",
  theme: "Eén thema",
  wijk: "Eén wijk",
};

export const annualReportStateNames: Record<string, string> = {
  queued: "In de wachtrij",
  generating: "Wordt gemaakt",
  ready: "Klaar",
  failed: "Mislukt",
};
