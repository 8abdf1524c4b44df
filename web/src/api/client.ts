import { session } from "../auth/session";
import type { Problem } from "./types";

/** An answer other than 2xx, with the gateway's problem details when it sent them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
    /** Seconds to wait before trying again, from a 429's or 503's Retry-After. */
    readonly retryAfter: number | null = null,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }

  fieldErrors(): Record<string, string[]> {
    return this.problem.errors ?? {};
  }
}

export interface Versioned<T> {
  body: T;
  etag: string | null;
}

interface RequestOptions {
  method?: string;
  json?: unknown;
  body?: BodyInit;
  ifMatch?: string;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<Versioned<T>> {
  const response = await send(path, "application/json", options);
  const text = await response.text();
  return { body: (text ? safeParse(text) : undefined) as T, etag: response.headers.get("ETag") };
}

/** A file the gateway makes, such as a table as CSV: its content and the name the gateway gave it. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

export async function download(path: string, accept: string, fallbackName: string): Promise<DownloadedFile> {
  const response = await send(path, accept, {});
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get("Content-Disposition")) ?? fallbackName };
}

/** Sends a call with the session's token; an answer other than 2xx becomes an ApiError with its problem details. */
async function send(path: string, accept: string, options: RequestOptions): Promise<Response> {
  const headers = new Headers({ Accept: accept });
  const token = session.value?.token;
  if (token) headers.set("Authorization", `Bearer ${token}`);
  if (options.ifMatch) headers.set("If-Match", options.ifMatch);
  if (options.idempotencyKey) headers.set("Idempotency-Key", options.idempotencyKey);
  let body = options.body;
  if (options.json !== undefined) {
    headers.set("Content-Type", "application/json");
    body = JSON.stringify(options.json);
  }

  let response: Response;
  try {
    response = await fetch(path, { method: options.method ?? "GET", headers, body, signal: options.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, { title: "De server is niet bereikbaar", detail: "Controleer de verbinding en probeer het opnieuw." });
  }

  if (!response.ok) {
    const text = await response.text();
    const parsed = text ? safeParse(text) : undefined;
    const problem: Problem = typeof parsed === "object" && parsed !== null ? (parsed as Problem) : { title: response.statusText };
    throw new ApiError(response.status, { status: response.status, ...problem }, retryAfterSeconds(response.headers.get("Retry-After")));
  }

  return response;
}

/** The file name of a Content-Disposition header, its UTF-8 form (filename*) first. */
function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded?.[1]) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? null;
}

export async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await request<T>(path, { signal })).body;
}

/** Retry-After as seconds, whether it was sent as a number of seconds or as a date. */
function retryAfterSeconds(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A query string from parameters, repeating arrays (`area=a&area=b`) and leaving out empty ones. */
export function query(parameters: Record<string, string | number | boolean | string[] | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) value.forEach((item) => search.append(name, item));
    else search.append(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
