import type { ComponentChildren } from "preact";
import { useRef } from "preact/hooks";
import { fieldId, type FieldErrors } from "../Form";

/** A fieldset of repeated rows with an add button; errors for the whole list (`funding`) show under its legend. */
export function RowGroup({ legend, name, errors, hint, addLabel, onAdd, children }: { legend: string; name: string; errors: FieldErrors; hint?: string; addLabel: string; onAdd: () => void; children: ComponentChildren }) {
  return (
    <fieldset class="row-group" data-testid={`group-${name}`}>
      <legend>{legend}</legend>
      {hint && <p class="hint">{hint}</p>}
      <GroupErrors name={name} errors={errors} />
      {children}
      <button type="button" class="secondary" onClick={onAdd}>
        {addLabel}
      </button>
    </fieldset>
  );
}

export function GroupErrors({ name, errors }: { name: string; errors: FieldErrors }) {
  return (
    <>
      {(errors[name] ?? []).map((message, index) => (
        <p key={index} class="field-error" id={`${fieldId(name)}-error`} data-testid={`error-${name}`}>
          {message}
        </p>
      ))}
    </>
  );
}

/** One repeated row, named by its legend ("Mijlpaal 2") so its remove button and fields say which row they are in. */
export function Row({ legend, onRemove, children }: { legend: string; onRemove: () => void; children: ComponentChildren }) {
  return (
    <fieldset class="repeat-row">
      <legend>{legend}</legend>
      <div class="row-fields">{children}</div>
      <button type="button" class="link-button remove-row" onClick={onRemove}>
        Verwijderen<span class="visually-hidden">{`: ${legend.toLowerCase()}`}</span>
      </button>
    </fieldset>
  );
}

/** Moves focus to the first control of a row just added, once; keyboard users then carry on typing there. */
export function useFocusNewRow() {
  const pending = useRef<number | null>(null);
  return {
    added(key: number) {
      pending.current = key;
    },
    ref(key: number) {
      return (element: HTMLElement | null) => {
        if (element && pending.current === key) {
          pending.current = null;
          element.focus();
        }
      };
    },
  };
}

export function replaceRow<T extends { key: number }>(rows: T[], key: number, patch: Partial<T>): T[] {
  return rows.map((row) => (row.key === key ? { ...row, ...patch } : row));
}

export function withoutRow<T extends { key: number }>(rows: T[], key: number): T[] {
  return rows.filter((row) => row.key !== key);
}
