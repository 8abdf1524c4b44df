import { formatDate } from "./labels";

/** A measure's run from its start and end dates, either of which may be unknown. */
export function formatPeriod(start: string | null, end: string | null): string {
  if (!start && !end) return "onbekend";
  if (!start) return `tot en met ${formatDate(end)}`;
  if (!end) return `vanaf ${formatDate(start)}`;
  return `${formatDate(start)} tot en met ${formatDate(end)}`;
}
