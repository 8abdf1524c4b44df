import type { Measure, MeasureInput } from "../../api/types";

// What the form holds: text as typed (amounts in euros, years as text), and a key per repeated row so removing one
// row keeps the others' inputs in place.

export interface ParticipantRow {
  key: number;
  partnerId: string;
  role: string;
}

export interface FundingRow {
  key: number;
  source: string;
  euros: string;
  fromYear: string;
  toYear: string;
}

export interface MilestoneRow {
  key: number;
  title: string;
  dueDate: string;
  done: boolean;
}

export interface IndicatorRow {
  key: number;
  indicatorCode: string;
  expectedDirection: string;
}

export interface MeasureFormValues {
  title: string;
  description: string;
  theme: string;
  status: string;
  leadPartnerId: string;
  participants: ParticipantRow[];
  areaCodes: string[];
  startDate: string;
  endDate: string;
  funding: FundingRow[];
  milestones: MilestoneRow[];
  indicators: IndicatorRow[];
}

let lastKey = 0;
export const nextKey = () => ++lastKey;

export function emptyValues(leadPartnerId: string): MeasureFormValues {
  return {
    title: "",
    description: "",
    theme: "",
    status: "idee",
    leadPartnerId,
    participants: [],
    areaCodes: [],
    startDate: "",
    endDate: "",
    funding: [],
    milestones: [],
    indicators: [],
  };
}

export function valuesFrom(measure: Measure): MeasureFormValues {
  return {
    title: measure.title,
    description: measure.description,
    theme: measure.theme,
    status: measure.status,
    leadPartnerId: measure.leadPartnerId,
    participants: measure.participants.map((p) => ({ key: nextKey(), partnerId: p.partnerId, role: p.role ?? "" })),
    areaCodes: [...measure.areaCodes],
    startDate: measure.startDate ?? "",
    endDate: measure.endDate ?? "",
    funding: measure.funding.map((line) => ({
      key: nextKey(),
      source: line.source,
      euros: eurosText(line.amountCents),
      fromYear: String(line.fromYear),
      toYear: String(line.toYear),
    })),
    milestones: measure.milestones.map((m) => ({ key: nextKey(), title: m.title, dueDate: m.dueDate ?? "", done: m.done })),
    indicators: measure.indicators.map((link) => ({ key: nextKey(), indicatorCode: link.indicatorCode, expectedDirection: link.expectedDirection })),
  };
}

export function newFundingRow(): FundingRow {
  const year = String(new Date().getFullYear());
  return { key: nextKey(), source: "", euros: "", fromYear: year, toYear: year };
}

/** The request body. Whatever is off (an empty amount, a missing year) goes as sent, so the gateway can name it. */
export function toInput(values: MeasureFormValues): MeasureInput {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    theme: values.theme,
    status: values.status,
    leadPartnerId: values.leadPartnerId,
    areaCodes: values.areaCodes,
    participants: values.participants.map((row) => ({ partnerId: row.partnerId, role: row.role.trim() || null })),
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    funding: values.funding.map((row) => ({
      source: row.source.trim(),
      amountCents: euroCents(row.euros),
      fromYear: whole(row.fromYear),
      toYear: whole(row.toYear),
    })),
    milestones: values.milestones.map((row) => ({ title: row.title.trim(), dueDate: row.dueDate || null, done: row.done })),
    indicators: values.indicators.map((row) => ({ indicatorCode: row.indicatorCode, expectedDirection: row.expectedDirection })),
  };
}

/**
 * Euros as people type them here (2900000, 2.900.000, 1250,50 or 1250.50) in whole cents; 0 when unreadable, so the
 * gateway names the field.
 */
export function euroCents(text: string): number {
  let normalised = text.replace(/[\s€]/g, "");
  if (normalised.includes(",")) normalised = normalised.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(\.\d{3})+$/.test(normalised)) normalised = normalised.replace(/\./g, "");
  const value = Number(normalised);
  return normalised !== "" && Number.isFinite(value) ? Math.round(value * 100) : 0;
}

/** Cents as euros to edit: a decimal comma, and no cents when there are none. */
export function eurosText(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2).replace(".", ",");
}

function whole(text: string): number {
  const value = Number.parseInt(text, 10);
  return Number.isFinite(value) ? value : 0;
}

// The status changes the measures service allows; it checks them again, this only keeps refused choices out of the list.
const nextStatuses: Record<string, string[]> = {
  idee: ["gepland", "gestopt"],
  gepland: ["lopend", "idee", "gestopt"],
  lopend: ["afgerond", "gestopt"],
  afgerond: [],
  gestopt: [],
};

export function statusChoices(current: string | null, all: string[]): string[] {
  if (current === null) return all;
  const allowed = new Set([current, ...(nextStatuses[current] ?? all)]);
  return all.filter((status) => allowed.has(status));
}

/** Whether the form shows a field for this error key, so the rest can be listed at the top. */
export function isShownField(name: string): boolean {
  return /^(title|description|theme|status|leadPartnerId|startDate|endDate|areaCodes|participants|funding|milestones|indicators)(\[\d+\](\.\w+)?)?$/.test(name);
}
