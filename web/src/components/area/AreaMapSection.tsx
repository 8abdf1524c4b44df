import { useMemo, useState } from "preact/hooks";
import type { Area, AreaDashboard, Indicator } from "../../api/types";
import type { Loaded } from "../../api/useApi";
import { useAllPages } from "../../api/useAllPages";
import { ChoroplethMap } from "../map/ChoroplethMap";

/**
 * A wijk's buurten on a small map for one indicator the reader picks: the first with a figure here to begin with.
 * The classes are the city's, so a colour means the same as on the indicator's own map.
 */
export function AreaMapSection({ view, indicators }: { view: AreaDashboard; indicators: Loaded<Indicator[]> }) {
  const wijk = view.area;
  const buurten = useAllPages<Area>(wijk?.level === "wijk" ? `/api/v1/areas?level=buurt&parentCode=${encodeURIComponent(wijk.code)}` : null);
  const [chosen, setChosen] = useState<string | null>(null);
  const within = useMemo(() => ({ name: wijk?.name ?? "", codes: (buurten.data ?? []).map((buurt) => buurt.code) }), [wijk, buurten.data]);
  if (!wijk || wijk.level !== "wijk") return null;

  const list = indicators.data ?? [];
  const first = view.indicators.find((item) => item.latest !== null)?.code ?? list[0]?.code;
  const indicator = list.find((item) => item.code === (chosen ?? first));

  return (
    <section id="kaart" aria-labelledby="area-map-title" data-testid="area-map">
      <h2 id="area-map-title">De buurten op de kaart</h2>
      {indicator && buurten.data && (
        <ChoroplethMap
          indicator={indicator}
          within={within}
          height={300}
          idPrefix="area-map"
          controls={
            <div class="field">
              <label for="area-map-indicator">Indicator</label>
              <select id="area-map-indicator" value={indicator.code} onChange={(event) => setChosen(event.currentTarget.value)} data-testid="area-map-indicator">
                {list.map((item) => (
                  <option key={item.code} value={item.code}>
                    {item.name}
                  </option>
                ))}
              </select>
            </div>
          }
        />
      )}
    </section>
  );
}
