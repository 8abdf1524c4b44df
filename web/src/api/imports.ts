import { request } from "./client";
import type { ImportRun } from "./types";

export interface ImportChoice {
  file: File;
  /** The API's spelling, `long_csv`; the gateway takes it as well as `long-csv`. */
  format: string;
  /** A known mapping as `name@version`, or null. */
  mapping: string | null;
  /** A mapping document of one's own (JSON), instead of a known mapping. */
  mappingDocument: File | null;
  /** A CBS table's DataProperties (v3) or MeasureCodes (v4). */
  metadata: File | null;
}

/**
 * Sends the file and its settings; answers the import (202 while it runs, or 200 when the same key already
 * finished). The same key with the same upload starts one import, so a double click or a retry imports once.
 */
export async function startImport(choice: ImportChoice, idempotencyKey: string): Promise<ImportRun> {
  const form = new FormData();
  // The small fields first: the gateway stops reading at the first wrong part.
  form.append("format", choice.format);
  if (choice.mapping) form.append("mapping", choice.mapping);
  if (choice.mappingDocument) form.append("mappingDocument", choice.mappingDocument, choice.mappingDocument.name);
  if (choice.metadata) form.append("metadata", choice.metadata, choice.metadata.name);
  form.append("file", choice.file, choice.file.name);
  const { body } = await request<ImportRun>("/api/v1/imports", { method: "POST", body: form, idempotencyKey });
  rememberFileSize(body.id, choice.file.size);
  return body;
}

export interface StatLineChoice {
  /** A StatLine table identifier, `50090NED`. */
  table: string;
  /** The gemeente whose wijken and buurten are read, `GM0014`. */
  region: string;
  /** A known mapping as `name@version`, or null with a mapping document. */
  mapping: string | null;
  mappingDocument: File | null;
  /** `cbs`, `cbs_third_party` or `cbs_v4`; null for the mapping's own. */
  catalog: string | null;
  /** The year of a table whose rows have no period (Kerncijfers wijken en buurten), or null. */
  year: string | null;
}

/** Asks the service to read a table from StatLine itself; answers as {@link startImport} does. */
export async function startStatLineImport(choice: StatLineChoice, idempotencyKey: string): Promise<ImportRun> {
  const form = new FormData();
  form.append("table", choice.table);
  form.append("region", choice.region);
  if (choice.mapping) form.append("mapping", choice.mapping);
  if (choice.mappingDocument) form.append("mappingDocument", choice.mappingDocument, choice.mappingDocument.name);
  if (choice.catalog) form.append("catalog", choice.catalog);
  if (choice.year) form.append("year", choice.year);
  const { body } = await request<ImportRun>("/api/v1/imports", { method: "POST", body: form, idempotencyKey });
  return body;
}

export function importPath(id: string): string {
  return `/api/v1/imports/${encodeURIComponent(id)}`;
}

/** A fresh Idempotency-Key; crypto.randomUUID exists only on https and localhost. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// The import's record does not hold the file's size; kept for this tab so a reload still shows how far it is.
const sizeKey = (id: string) => `nplv.import.${id}.size`;

function rememberFileSize(id: string, size: number): void {
  try {
    sessionStorage.setItem(sizeKey(id), String(size));
  } catch {
    // Storage full or off: the progress is shown without the total.
  }
}

export function rememberedFileSize(id: string): number | null {
  const value = Number(sessionStorage.getItem(sizeKey(id)) ?? NaN);
  return Number.isFinite(value) && value > 0 ? value : null;
}
