// The classes of a choropleth: quantiles of every figure on the map over all its years, so a class holds about as
// many areas as the next and stays the same when the reader moves the year; change shows as a change of colour.

export interface MapClass {
  /** Lower bound, inclusive. */
  from: number;
  /** Upper bound, exclusive, except for the last class. */
  to: number;
  color: string;
}

/** Worse to better, from ColorBrewer's RdYlBu (colour-blind safe); none is grey, which is kept for areas without a figure. */
const worseToBetter = ["#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6"];

export const suppressedColor = "#8c959f";
export const missingColor = "#eaeef2";

export const classMethod =
  "Vijf klassen met elk ongeveer evenveel gebiedscijfers over alle jaren (kwantielen). De grenzen blijven gelijk als u een ander jaar kiest, zodat een andere kleur een echte verandering is.";

/**
 * Figures are classed as they are shown: to one decimal. A figure the table prints as "2,1" is then in the class
 * that starts at 2,1, never in the one that ends there.
 */
const asShown = (value: number) => Math.round(value * 10) / 10;

/**
 * Up to `count` classes from the values: breaks at their quantiles, each break a value itself, so no class is empty.
 * Better is always the blue end: for a figure where lower is better the colours turn round.
 */
export function quantileClasses(values: number[], direction: string, count = worseToBetter.length): MapClass[] {
  const sorted = values.filter((value) => Number.isFinite(value)).map(asShown).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks = [sorted[0]!];
  for (let k = 1; k < count; k++) {
    const at = sorted[Math.floor((k * sorted.length) / count)]!;
    if (at > breaks[breaks.length - 1]!) breaks.push(at);
  }
  const highest = sorted[sorted.length - 1]!;
  // With fewer classes than colours, take colours spread over the whole range so the ends stay worse and better.
  const colors = pick(direction === "lower_is_better" ? [...worseToBetter].reverse() : worseToBetter, breaks.length);
  return breaks.map((from, index) => ({ from, to: breaks[index + 1] ?? highest, color: colors[index]! }));
}

/** The class a value falls in, as it is shown; a value beyond the ends (none, for the figures the classes came from) goes to the nearest. */
export function classOf(classes: MapClass[], value: number): MapClass | undefined {
  const shown = asShown(value);
  return classes.find((item, index) => shown < item.to || index === classes.length - 1);
}

function pick(colors: string[], count: number): string[] {
  if (count >= colors.length) return colors;
  if (count === 1) return [colors[Math.floor(colors.length / 2)]!];
  return Array.from({ length: count }, (_, index) => colors[Math.round((index * (colors.length - 1)) / (count - 1))]!);
}
