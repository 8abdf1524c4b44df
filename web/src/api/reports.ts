import { request, type Versioned } from "./client";
import type { Measure, ProgressReport, ReportingPeriod, ReportInput } from "./types";

export function reportPath(measureId: string, period: string): string {
  return `/api/v1/measures/${encodeURIComponent(measureId)}/reports/${encodeURIComponent(period)}`;
}

export function reportPagePath(measureId: string, period: string): string {
  return `/maatregelen/${encodeURIComponent(measureId)}/verslagen/${encodeURIComponent(period)}`;
}

/** Creates the report without an ETag, or changes the version named by it. */
export function saveReport(measureId: string, period: string, input: ReportInput, etag: string | null): Promise<Versioned<ProgressReport>> {
  return request<ProgressReport>(reportPath(measureId, period), { method: "PUT", json: input, ifMatch: etag ?? undefined });
}

export function moveReport(measureId: string, period: string, toState: string, reason: string, etag: string): Promise<Versioned<ProgressReport>> {
  return request<ProgressReport>(`${reportPath(measureId, period)}/transitions`, { method: "POST", json: { toState, reason }, ifMatch: etag });
}

export function createPeriod(input: { code: string; name: string; opensOn: string; dueOn: string }): Promise<Versioned<ReportingPeriod>> {
  return request<ReportingPeriod>("/api/v1/periods", { method: "POST", json: input });
}

/** The lead and the participants: their editors write the measure's reports. */
export function reportingPartners(measure: Measure): string[] {
  return [measure.leadPartnerId, ...measure.participants.map((p) => p.partnerId)];
}

/**
 * The review steps the page offers, from a state: who may take them (the gateway and the service check again) and
 * whether they need a reason.
 */
export const reviewSteps: { from: string; to: string; label: string; officeOnly: boolean; needsReason: boolean }[] = [
  { from: "concept", to: "ingediend", label: "Indienen", officeOnly: false, needsReason: false },
  { from: "ingediend", to: "concept", label: "Terugnemen", officeOnly: false, needsReason: false },
  { from: "ingediend", to: "goedgekeurd", label: "Goedkeuren", officeOnly: true, needsReason: false },
  { from: "ingediend", to: "teruggestuurd", label: "Terugsturen", officeOnly: true, needsReason: true },
  { from: "goedgekeurd", to: "concept", label: "Heropenen", officeOnly: true, needsReason: true },
];
