import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { ApiError } from "../api/client";
import { dutchError } from "../api/errorText";

export type FieldErrors = Record<string, string[]>;

/**
 * A labelled form field that shows the gateway's errors for `name` (a camelCase path such as `title`,
 * `areaCodes[0]` or `funding[1].amountCents`) right under it. The control inside gets `id`, `aria-invalid` and
 * `aria-describedby` from {@link fieldProps}.
 */
export function Field({ label, name, errors, hint, children }: { label: string; name: string; errors: FieldErrors; hint?: string; children: ComponentChildren }) {
  const messages = errors[name] ?? [];
  return (
    <div class="field">
      <label for={fieldId(name)}>{label}</label>
      {hint && (
        <p class="hint" id={`${fieldId(name)}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {messages.length > 0 && (
        <div class="field-error" id={`${fieldId(name)}-error`} data-testid={`error-${name}`}>
          {messages.map((message, index) => (
            <ErrorText key={index} message={message} />
          ))}
        </div>
      )}
    </div>
  );
}

/** One gateway message, in Dutch where {@link dutchError} knows it; marked as English where it does not. */
function ErrorText({ message }: { message: string }) {
  const text = dutchError(message);
  return <p lang={text === message ? "en" : undefined}>{text}</p>;
}

export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9]+/g, "-")}`;
}

/** Attributes that tie a control to its {@link Field}'s label, hint and errors. */
export function fieldProps(name: string, errors: FieldErrors, hint = false) {
  const id = fieldId(name);
  const invalid = (errors[name]?.length ?? 0) > 0;
  const describedBy = [hint ? `${id}-hint` : "", invalid ? `${id}-error` : ""].filter(Boolean).join(" ");
  return { id, name, "aria-invalid": invalid ? ("true" as const) : undefined, "aria-describedby": describedBy || undefined };
}

export interface Submission {
  busy: boolean;
  errors: FieldErrors;
  /** A message for the whole form: a version conflict, no permission, the server unreachable. */
  message: string | null;
  /** Errors the gateway gave for fields this form does not show, so none is lost. */
  otherErrors: string[];
  /** The last request failed its If-Match (412): someone changed the item since it was read. */
  stale: boolean;
  submit: (send: () => Promise<void>) => Promise<void>;
}

/**
 * Runs a form's request and turns the gateway's answer into what the form shows: 400 field errors beside their
 * fields, 412 as a version conflict, 401/403/409/422/429 and outages as one message. `describe` may word the
 * message for a form that does not save (an upload, a search); when it returns nothing the usual wording is used.
 */
export function useSubmission(shownFields: (name: string) => boolean, describe?: (error: ApiError) => string | null | undefined): Submission {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [stale, setStale] = useState(false);

  async function submit(send: () => Promise<void>) {
    setBusy(true);
    setErrors({});
    setMessage(null);
    setOtherErrors([]);
    setStale(false);
    try {
      await send();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setStale(error.status === 412);
      const fields = error.fieldErrors();
      if (error.status === 400 && Object.keys(fields).length > 0) {
        setErrors(fields);
        setOtherErrors(
          Object.entries(fields)
            .filter(([name]) => !shownFields(name))
            .flatMap(([name, messages]) => messages.map((m) => `${name}: ${dutchError(m)}`)),
        );
        setMessage(describe?.(error) ?? "Niet opgeslagen: verbeter de gemarkeerde velden.");
      } else {
        setMessage(describe?.(error) ?? formMessage(error));
      }
      // Brings the first problem into view for keyboard and screen-reader users.
      requestAnimationFrame(() => (document.querySelector<HTMLElement>("[aria-invalid='true'], .form-message")?.focus()));
    } finally {
      setBusy(false);
    }
  }

  return { busy, errors, message, otherErrors, stale, submit };
}

function formMessage(error: ApiError): string {
  switch (error.status) {
    case 0:
      return "Niet opgeslagen: de server is niet bereikbaar. Probeer het opnieuw.";
    case 401:
      return "Niet opgeslagen: meld u (opnieuw) aan.";
    case 403:
      return "Niet opgeslagen: u mag dit niet wijzigen.";
    case 404:
      return "Niet opgeslagen: dit bestaat niet (meer).";
    case 409:
      return `Niet opgeslagen: ${error.problem.detail ?? "dit botst met de huidige stand."}`;
    case 412:
      return "Iemand anders heeft dit intussen gewijzigd. Laad de nieuwste versie en breng uw wijziging opnieuw aan.";
    case 429:
      return "Te veel wijzigingen achter elkaar. Wacht even en probeer het opnieuw.";
    default:
      return error.status >= 500
        ? "Niet opgeslagen: een onderdeel is op dit moment niet beschikbaar. Probeer het straks opnieuw."
        : `Niet opgeslagen: ${error.problem.detail ?? error.problem.title ?? "onbekende fout"}`;
  }
}

/**
 * The form's message and any errors for fields it does not show, at the top of the form; after a version conflict,
 * a button that reads the newest version when `onLoadLatest` is given.
 */
export function FormMessage({ submission, onLoadLatest }: { submission: Submission; onLoadLatest?: () => void }) {
  if (!submission.message) return null;
  return (
    <div class="notice notice-error form-message" role="alert" tabIndex={-1} data-testid="form-message">
      <p>{submission.message}</p>
      {submission.otherErrors.length > 0 && (
        <ul>
          {submission.otherErrors.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      {submission.stale && onLoadLatest && (
        <button type="button" class="secondary" onClick={onLoadLatest} data-testid="load-latest">
          Nieuwste versie laden
        </button>
      )}
    </div>
  );
}
