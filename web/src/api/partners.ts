import { get, query, request, type Versioned } from "./client";
import type { Measure, Page, Partner, PartnerInput } from "./types";

export interface PartnerFilters {
  type?: string;
  search?: string;
  includeArchived?: boolean;
}

export function partnersPath(filters: PartnerFilters, pageSize = 50): string {
  return `/api/v1/partners${query({ type: filters.type, query: filters.search, includeArchived: filters.includeArchived || undefined, pageSize })}`;
}

export function partnerPath(id: string): string {
  return `/api/v1/partners/${encodeURIComponent(id)}`;
}

export function createPartner(input: PartnerInput, idempotencyKey: string): Promise<Versioned<Partner>> {
  return request<Partner>("/api/v1/partners", { method: "POST", json: input, idempotencyKey });
}

export function updatePartner(id: string, input: PartnerInput, etag: string): Promise<Versioned<Partner>> {
  return request<Partner>(partnerPath(id), { method: "PUT", json: input, ifMatch: etag });
}

export async function archivePartner(id: string, etag: string): Promise<void> {
  await request<void>(partnerPath(id), { method: "DELETE", ifMatch: etag });
}

/** Every measure the partner leads or takes part in (the gateway's partnerId filter covers both), all pages. */
export async function measuresOfPartner(partnerId: string, signal?: AbortSignal): Promise<Measure[]> {
  const measures: Measure[] = [];
  let pageToken: string | undefined;
  do {
    const page = await get<Page<Measure>>(`/api/v1/measures${query({ partnerId, pageSize: 200, pageToken })}`, signal);
    measures.push(...page.items);
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return measures;
}
