import type { Area } from "./api/types";

export interface WijkGroup {
  wijk: Area;
  buurten: Area[];
}

/** Wijken with their buurten, both by name; measures run in wijken and buurten, so the city and country are left out. */
export function groupByWijk(areas: Area[]): WijkGroup[] {
  const byName = (a: Area, b: Area) => a.name.localeCompare(b.name, "nl");
  return areas
    .filter((area) => area.level === "wijk")
    .sort(byName)
    .map((wijk) => ({ wijk, buurten: areas.filter((area) => area.level === "buurt" && area.parentCode === wijk.code).sort(byName) }));
}
