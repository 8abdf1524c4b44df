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

/** Shown beside a wijk figure the gateway computed from its buurten rather than read from a source. */
export const derivedNote = "afgeleid uit buurtcijfers";

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
