import { request, type Versioned } from "./client";
import type { Indicator, IndicatorInput } from "./types";

export function indicatorPath(code: string): string {
  return `/api/v1/indicators/${encodeURIComponent(code)}`;
}

export function createIndicator(input: IndicatorInput, idempotencyKey: string): Promise<Versioned<Indicator>> {
  return request<Indicator>("/api/v1/indicators", { method: "POST", json: input, idempotencyKey });
}

/** Replaces the definition whole; the code stays, so it is left out. */
export function updateIndicator(code: string, input: IndicatorInput, etag: string): Promise<Versioned<Indicator>> {
  const { code: _unchanged, ...definition } = input;
  return request<Indicator>(indicatorPath(code), { method: "PUT", json: definition, ifMatch: etag });
}
