import type { Indicator } from "../../api/types";
import { ChoroplethMap } from "../map/ChoroplethMap";

/** The indicator on the map of the city's buurten or wijken, year by year, with the same figures as a table beside it. */
export function IndicatorMap({ indicator }: { indicator: Indicator }) {
  return (
    <section aria-labelledby="map-title" data-testid="indicator-map">
      <h2 id="map-title">Op de kaart</h2>
      <p class="muted">Kies het jaar: de klassen blijven gelijk, zodat u ziet waar het beter of slechter werd. Klik op een gebied om het te openen.</p>
      <ChoroplethMap indicator={indicator} />
    </section>
  );
}
