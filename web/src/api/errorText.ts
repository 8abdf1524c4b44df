// Dutch for the gateway's most common field errors; anything else is shown as the gateway wrote it.
import type { FieldErrors } from "../components/Form";

// Field names as the services word them inside a message ("must not come before start_date").
const fieldNames: Record<string, string> = {
  start_date: "de startdatum",
  from_year: "het beginjaar",
};

const exact: Record<string, string> = {
  "is required": "is verplicht",
  "must be an e-mail address": "moet een geldig e-mailadres zijn",
  "must be a valid e-mail address": "moet een geldig e-mailadres zijn",
  "must be an absolute http or https address": "moet een volledig webadres zijn dat begint met http:// of https://",
  "must be a UUID": "moet een geldige id (UUID) zijn",
  "must be a date as yyyy-MM-dd": "moet een datum zijn (jjjj-mm-dd)",
  "must be a finite number": "moet een getal zijn",
  "must be 1 or more": "moet 1 of meer zijn",
  "must be up or down": "moet omhoog of omlaag zijn",
  "must be definitief or voorlopig": "moet definitief of voorlopig zijn",
  "must come after the baseline year": "moet na het basisjaar liggen",
  "must hold at least one code": "moet minstens één code bevatten",
  "must be the version that was read": "moet de versie zijn die u hebt gelezen",
  "is not a known theme": "is geen bekend thema",
  "is not a theme": "is geen bekend thema",
  "is not a known status": "is geen bekende status",
  "is not a known area level": "is geen bekend gebiedsniveau",
  "is not a partner type this service knows": "is geen bekend partnertype",
  "is not valid JSON for this field, or of the wrong type": "heeft niet de juiste vorm voor dit veld",
  "must be lower-case letters and digits in words joined by dashes, e.g. huishoudens-laag-inkomen":
    "moet bestaan uit kleine letters en cijfers, woorden verbonden met streepjes, zoals huishoudens-laag-inkomen",
  "must be a CBS wijk or buurt code such as WK001410 or BU00141000":
    "moet een CBS-code van een wijk of buurt zijn, zoals WK001410 of BU00141000",
};

const patterns: [RegExp, (...groups: string[]) => string][] = [
  [/^must be at most (\d+) characters$/, (n) => `mag hoogstens ${n} tekens lang zijn`],
  [/^must be at most (\d+) bytes$/, (n) => `mag hoogstens ${n} bytes groot zijn`],
  [/^must hold at most (\d+) contacts$/, (n) => `mag hoogstens ${n} contactpersonen bevatten`],
  [/^must hold at most (\d+) codes$/, (n) => `mag hoogstens ${n} codes bevatten`],
  [/^must hold at most (\d+) items$/, (n) => `mag hoogstens ${n} onderdelen bevatten`],
  [/^must be at least (\S+)$/, (n) => `moet minstens ${n} zijn`],
  [/^must be between (\S+) and (\S+)$/, (low, high) => `moet tussen ${fieldNames[low] ?? low} en ${fieldNames[high] ?? high} liggen`],
  [/^must not come before (\w+)$/, (field) => `mag niet vóór ${fieldNames[field] ?? field} liggen`],
  [/^must not contain NUL characters$/, () => "mag geen NUL-tekens bevatten"],
  [/^must be more than zero and at most \d+ \(EUR 10 billion\)$/, () => "moet meer dan nul zijn en hoogstens € 10 miljard"],
  [/^is the lead partner already$/, () => "is al de trekker"],
  [/^names a partner more than once$/, () => "noemt een partner meer dan eens"],
  [/^names an indicator more than once$/, () => "noemt een indicator meer dan eens"],
  [/^partner '(.+)' does not exist$/, (id) => `partner ${id} bestaat niet`],
  [/^partner '(.+)' is archived$/, (id) => `partner ${id} is gearchiveerd`],
  [/^area '(.+)' does not exist$/, (code) => `gebied ${code} bestaat niet`],
  [/^indicator '(.+)' does not exist$/, (code) => `indicator ${code} bestaat niet`],
  [/^must be one of (.+)$/, (options) => `moet een van deze waarden zijn: ${options}`],
];

/** The Dutch for a gateway error message, or the message itself when there is none. */
export function dutchError(message: string): string {
  const text = message.trim();
  const known = exact[text];
  if (known) return known;
  for (const [pattern, translate] of patterns) {
    const match = pattern.exec(text);
    if (match) return translate(...match.slice(1));
  }
  return message;
}

/** Every field's messages in Dutch, for parts of a form that show errors outside a {@link Field}. */
export function errorsInDutch(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([name, messages]) => [name, messages.map(dutchError)]));
}
