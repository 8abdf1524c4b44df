import type { FieldErrors } from "../components/Form";

// The gateway words its field errors in English; these are the ones people meet most. Anything else is shown as sent.
const fieldNames: Record<string, string> = {
  start_date: "de startdatum",
  from_year: "het beginjaar",
};

const rules: [RegExp, (...groups: string[]) => string][] = [
  [/^is required$/, () => "is verplicht"],
  [/^must be a UUID$/, () => "moet een geldige id zijn"],
  [/^must be at most (\d+) characters$/, (n) => `mag hoogstens ${n} tekens lang zijn`],
  [/^must not contain NUL characters$/, () => "mag geen NUL-tekens bevatten"],
  [/^must be one of (.+)$/, (list) => `moet een van deze zijn: ${list}`],
  [/^must not come before (\w+)$/, (field) => `mag niet vóór ${fieldNames[field] ?? field} liggen`],
  [/^must be between (\w+) and (\w+)$/, (low, high) => `moet tussen ${fieldNames[low] ?? low} en ${fieldNames[high] ?? high} liggen`],
  [/^must be more than zero and at most \d+ \(EUR 10 billion\)$/, () => "moet meer dan nul zijn en hoogstens € 10 miljard"],
  [/^must hold at most (\d+) items$/, (n) => `mag hoogstens ${n} regels bevatten`],
  [/^must be a CBS wijk or buurt code such as (\S+) or (\S+)$/, (a, b) => `moet een CBS-code van een wijk of buurt zijn, zoals ${a} of ${b}`],
  [/^is the lead partner already$/, () => "is al de trekker"],
  [/^names a partner more than once$/, () => "noemt een partner meer dan eens"],
  [/^names an indicator more than once$/, () => "noemt een indicator meer dan eens"],
  [/^partner '(.+)' does not exist$/, (id) => `partner ${id} bestaat niet`],
  [/^partner '(.+)' is archived$/, (id) => `partner ${id} is gearchiveerd`],
  [/^area '(.+)' does not exist$/, (code) => `gebied ${code} bestaat niet`],
  [/^indicator '(.+)' does not exist$/, (code) => `indicator ${code} bestaat niet`],
];

/** A gateway message in Dutch where a translation is known, else the original text. */
export function inDutch(message: string): string {
  for (const [pattern, translate] of rules) {
    const match = pattern.exec(message);
    if (match) return translate(...match.slice(1));
  }
  return message;
}

export function errorsInDutch(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([name, messages]) => [name, messages.map(inDutch)]));
}
