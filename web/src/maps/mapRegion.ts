/** One area as a map draws it: its fill, hatched when the source withheld its figure, and what its tooltip says. */
export interface MapRegion {
  code: string;
  name: string;
  fill: string;
  hatched?: boolean;
  /** Drawn with a dark outline: the area a page has chosen (the list's filter, say). */
  outlined?: boolean;
  /** The tooltip's lines after the name, as plain text; also read out when the area is reached with the keyboard. */
  lines: string[];
}
