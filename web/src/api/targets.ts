import { request, type Versioned } from "./client";
import type { TargetInput, TargetOfArea } from "./types";

export function targetsPath(indicatorCode: string): string {
  return `/api/v1/indicators/${encodeURIComponent(indicatorCode)}/targets`;
}

/**
 * Sets the indicator's target for an area: without `version` it creates one, with the version read it changes that
 * version (a newer one is a 412).
 */
export function setTarget(indicatorCode: string, areaCode: string, input: TargetInput, version: number | null): Promise<Versioned<TargetOfArea>> {
  return request<TargetOfArea>(`${targetsPath(indicatorCode)}/${encodeURIComponent(areaCode)}`, {
    method: "PUT",
    json: input,
    ifMatch: version === null ? undefined : `"${version}"`,
  });
}
