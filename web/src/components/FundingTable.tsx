import type { FundingLine } from "../api/types";
import { formatEuros } from "../labels";

function years(line: FundingLine): string {
  return line.fromYear === line.toYear ? String(line.fromYear) : `${line.fromYear}–${line.toYear}`;
}

/** The funding lines of a measure and their total. */
export function FundingTable({ funding }: { funding: FundingLine[] }) {
  if (funding.length === 0) return <p class="muted">Er is geen financiering vastgelegd.</p>;
  const total = funding.reduce((sum, line) => sum + line.amountCents, 0);
  return (
    <div class="table-scroll">
      <table>
        <caption class="visually-hidden">Financiering per bron</caption>
        <thead>
          <tr>
            <th scope="col">Bron</th>
            <th scope="col" class="number">
              Bedrag
            </th>
            <th scope="col">Jaren</th>
          </tr>
        </thead>
        <tbody>
          {funding.map((line, index) => (
            <tr key={index}>
              <td>{line.source}</td>
              <td class="number">{formatEuros(line.amountCents)}</td>
              <td>{years(line)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Totaal</th>
            <td class="number" data-testid="measure-funding-total">
              <strong>{formatEuros(total)}</strong>
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
