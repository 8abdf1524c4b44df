import { get, query } from "./client";
import type { AreaSeries, Series } from "./types";

/** The series endpoint takes at most this many areas at a time. */
const maxAreasPerCall = 200;

/** An indicator's figures for any number of areas, asked in calls of at most 200 areas, in the order given. */
export async function loadSeries(indicatorCode: string, areaCodes: string[], signal: AbortSignal): Promise<AreaSeries[]> {
  const calls: Promise<Series>[] = [];
  for (let start = 0; start < areaCodes.length; start += maxAreasPerCall) {
    const area = areaCodes.slice(start, start + maxAreasPerCall);
    calls.push(get<Series>(`/api/v1/indicators/${encodeURIComponent(indicatorCode)}/series${query({ area })}`, signal));
  }
  return (await Promise.all(calls)).flatMap((answer) => answer.series);
}
