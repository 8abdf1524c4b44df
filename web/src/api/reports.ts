import { ApiError, request, type Versioned } from "./client";
import { session } from "../auth/session";
import type { Attachment, Measure, ProgressReport, ReportingPeriod, ReportInput } from "./types";

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

export function attachmentPath(measureId: string, period: string, attachmentId: string): string {
  return `${reportPath(measureId, period)}/attachments/${encodeURIComponent(attachmentId)}`;
}

/** Sends the file as the request's body; the service judges its type by its content. */
export function uploadAttachment(measureId: string, period: string, file: File): Promise<Versioned<Attachment>> {
  return request<Attachment>(`${reportPath(measureId, period)}/attachments?fileName=${encodeURIComponent(file.name)}`, {
    method: "POST",
    body: new Blob([file], { type: "application/octet-stream" }),
  });
}

export function deleteAttachment(measureId: string, period: string, attachmentId: string): Promise<Versioned<void>> {
  return request<void>(attachmentPath(measureId, period, attachmentId), { method: "DELETE" });
}

/**
 * Downloads with the signed-in user's token (a plain link would carry none) and saves the file under its own name.
 */
export async function downloadAttachment(measureId: string, period: string, attachment: Attachment): Promise<void> {
  const headers = new Headers();
  if (session.value) headers.set("Authorization", `Bearer ${session.value.token}`);
  const response = await fetch(attachmentPath(measureId, period, attachment.id), { headers });
  if (!response.ok) throw new ApiError(response.status, { title: response.statusText });
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = attachment.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
