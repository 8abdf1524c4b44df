/**
 * The options of a select over one of the code-to-name lists of labels.ts: all of its codes in the list's order, or
 * the `codes` given, in their order.
 */
export function NameOptions({ names, codes }: { names: Record<string, string>; codes?: readonly string[] }) {
  return (
    <>
      {(codes ?? Object.keys(names)).map((code) => (
        <option key={code} value={code}>
          {names[code] ?? code}
        </option>
      ))}
    </>
  );
}
