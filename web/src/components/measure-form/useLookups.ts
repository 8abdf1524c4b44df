import type { ApiError } from "../../api/client";
import type { Area, Indicator, Page, Partner } from "../../api/types";
import { useApi } from "../../api/useApi";
import type { MeasureFormLookups } from "./MeasureForm";

/** The partners, areas and indicators the form offers to choose from. */
export function useLookups(): { data: MeasureFormLookups | undefined; error: ApiError | undefined; reload: () => void } {
  // Archived partners too, so a measure that still names one shows its name.
  const partners = useApi<Page<Partner>>("/api/v1/partners?pageSize=200&includeArchived=true");
  const areas = useApi<Page<Area>>("/api/v1/areas?pageSize=200");
  const indicators = useApi<Page<Indicator>>("/api/v1/indicators?pageSize=200");
  const error = partners.error ?? areas.error ?? indicators.error;
  const data =
    partners.data && areas.data && indicators.data
      ? {
          partners: [...partners.data.items].sort((a, b) => a.name.localeCompare(b.name, "nl")),
          areas: areas.data.items,
          indicators: [...indicators.data.items].sort((a, b) => a.name.localeCompare(b.name, "nl")),
        }
      : undefined;
  const reload = () => {
    if (partners.error) partners.reload();
    if (areas.error) areas.reload();
    if (indicators.error) indicators.reload();
  };
  return { data, error, reload };
}
