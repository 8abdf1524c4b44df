import * as echarts from "echarts/core";
import { get, query, request } from "./client";
import type { Loaded } from "./useApi";
import { useLoader } from "./useLoader";

/** One area's outline as GET /api/v1/areas/shapes serves it: GeoJSON in WGS84, its id the area's code. */
export interface AreaShapeFeature {
  type: "Feature";
  id: string;
  properties: { code: string; name: string };
  geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown };
}

export interface AreaShapes {
  type: "FeatureCollection";
  /** 0 when no kaart has outlines of the level. */
  divisionYear: number;
  /** Every kaart with outlines of the level, newest first. */
  divisions: number[];
  features: AreaShapeFeature[];
}

const registered = new Map<string, AreaShapes>();

export type MapLevel = "buurt" | "wijk";

/** The name a division's outlines are registered under with ECharts. */
export function mapName(level: MapLevel, divisionYear: number): string {
  return `nplv-${level}-${divisionYear}`;
}

/**
 * The name of a kaart of only some of a registered kaart's areas (a wijk's buurten, say), registered on first use, so
 * the map is drawn to fit them alone. ECharts keeps what is registered for the page's life: a few wijken's kaarten.
 */
export function subsetMapName(shapes: AreaShapes, level: MapLevel, codes: string[]): string {
  const name = `${mapName(level, shapes.divisionYear)}:${[...codes].sort().join(",")}`;
  const features = shapes.features.filter((feature) => codes.includes(feature.id));
  const previous = registered.get(name);
  if (features.length > 0 && (!previous || previous.features.length !== features.length || previous.features.some((feature, index) => feature !== features[index]))) {
    const subset: AreaShapes = { ...shapes, features };
    echarts.registerMap(name, subset as never);
    registered.set(name, subset);
  }
  return name;
}

/**
 * The outlines of one level in a division (the newest when `division` is null), registered with ECharts once they
 * are in. The answer carries a long max-age and an ETag, so moving between pages asks the network again rarely.
 * While another level or division loads, there is no answer: the previous one is not passed off as it.
 */
export function useAreaShapes(level: MapLevel | null, division: number | null = null): Loaded<AreaShapes> {
  const path = level ? `/api/v1/areas/shapes${query({ level, year: division })}` : null;
  const shapes = useLoader(path, async (signal) => ({ path, collection: await get<AreaShapes>(path!, signal) }));
  const current = shapes.data?.path === path ? shapes.data.collection : undefined;
  if (current && level && current.features.length > 0) {
    const name = mapName(level, current.divisionYear);
    // Registered again only when another answer came (a kaart imported anew); regions are named by the code.
    if (registered.get(name) !== current) {
      echarts.registerMap(name, current as never);
      registered.set(name, current);
    }
  }
  return { ...shapes, data: current };
}

/** What an import of a kaart did, as POST /api/v1/areas/shapes answers. */
export interface AreaShapeImport {
  divisionYear: number;
  written: number;
  unchanged: number;
  skipped: number;
}

export interface AreaShapeImportInput {
  file: File;
  format: "geojson" | "geopackage";
  year: number | null;
  region: string;
  source: string;
}

/** Sends a kaart to the gateway as the request's body; the settings go in the query. */
export async function importAreaShapes(input: AreaShapeImportInput): Promise<AreaShapeImport> {
  const path = `/api/v1/areas/shapes${query({ format: input.format, year: input.year, region: input.region, source: input.source })}`;
  return (await request<AreaShapeImport>(path, { method: "POST", body: input.file })).body;
}
