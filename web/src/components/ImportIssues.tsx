import type { ImportIssue } from "../api/types";
import { formatNumber, importIssueKindNames, label } from "../labels";

/** An import's errors or warnings as a table: what kind, what it says, where in the file, how often. */
export function ImportIssues({ issues, caption, testId }: { issues: ImportIssue[]; caption: string; testId: string }) {
  return (
    <div class="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table class="issues-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Soort</th>
            <th scope="col">Melding</th>
            <th scope="col" class="number">
              Regel
            </th>
            <th scope="col">Veld</th>
            <th scope="col" class="number">
              Aantal
            </th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, index) => (
            <tr key={index} data-kind={issue.kind}>
              <td>{label(importIssueKindNames, issue.kind)}</td>
              <td>{issue.message}</td>
              <td class="number">{issue.line ?? "–"}</td>
              <td>{issue.field ? <code>{issue.field}</code> : "–"}</td>
              <td class="number">{formatNumber(issue.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
