import type { Change } from "../api/types";
import { usePaged } from "../api/usePaged";
import { isProgrammeOffice } from "../auth/session";
import { useSession } from "../auth/useSession";
import { changeActionNames, changeKindNames, fieldName, formatValue } from "../historyLabels";
import { formatDateTime, label, userRoleNames } from "../labels";
import { LoadMore } from "./LoadMore";
import { ErrorMessage, Loading } from "./Status";

/**
 * "Geschiedenis": every change of the record at {@link path} (its history route), newest first: what happened, who
 * did it and when, each field before and after, and the reason given. For the coalition's signed-in people.
 */
export function ChangeHistory({ path, title = "Geschiedenis", officeOnly = false }: { path: string; title?: string; officeOnly?: boolean }) {
  const user = useSession();
  // The gateway shows histories to the programme office and the partners' editors (an import's to the office only).
  const mayRead = isProgrammeOffice(user) || (!officeOnly && user?.role === "partner-editor" && user.partnerId !== null);
  if (!mayRead) return null;
  return (
    <section aria-labelledby="change-history-title" data-testid="change-history">
      <h2 id="change-history-title">{title}</h2>
      <ChangeList path={path} />
    </section>
  );
}

function ChangeList({ path }: { path: string }) {
  const changes = usePaged<Change>(path);
  if (changes.loading) return <Loading what="De geschiedenis" />;
  if (changes.error && changes.items.length === 0) return <ErrorMessage error={changes.error} retry={changes.reload} />;
  if (changes.items.length === 0) return <p class="muted">Nog geen wijzigingen vastgelegd.</p>;
  return (
    <>
      <ol class="history changes">
        {changes.items.map((change) => (
          <ChangeItem key={change.sequence} change={change} />
        ))}
      </ol>
      {changes.error && <ErrorMessage error={changes.error} retry={changes.reload} />}
      <LoadMore list={changes} what="wijzigingen" />
    </>
  );
}

function ChangeItem({ change }: { change: Change }) {
  const actor = change.actor.subject ? change.actor.name || change.actor.subject : "het systeem";
  return (
    <li data-testid="change" data-action={change.action} data-kind={change.kind}>
      <strong>{label(changeActionNames, change.action)}</strong>
      {change.label && (
        <span data-testid="change-record">
          {" "}
          · {label(changeKindNames, change.kind)} {change.label}
        </span>
      )}{" "}
      door <span data-testid="change-actor">{actor}</span>
      {change.actor.role && ` (${label(userRoleNames, change.actor.role)})`}, <time dateTime={change.changedAt}>{formatDateTime(change.changedAt)}</time>
      {change.reason && <blockquote data-testid="change-reason">{change.reason}</blockquote>}
      {change.fields.length > 0 && (
        <dl class="field-changes">
          {change.fields.map((field) => (
            <div key={field.field} data-field={field.field}>
              <dt>{fieldName(field.field)}</dt>
              <dd>
                {field.before !== null && <del>{formatValue(field.before, field.field, change.kind)}</del>}
                {field.before !== null && field.after !== null && " → "}
                {field.after !== null ? <ins>{formatValue(field.after, field.field, change.kind)}</ins> : <span class="muted"> (verwijderd)</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
