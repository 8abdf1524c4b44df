import type { Paged } from "../api/usePaged";

/** "Meer laden" under a list read page by page, while there is a next page and the last read did not fail. */
export function LoadMore<T>({ list, what, testId = "load-more" }: { list: Paged<T>; what?: string; testId?: string }) {
  if (!list.hasMore || list.loading || list.error) return null;
  const text = what ? `Meer ${what} laden` : "Meer laden";
  return (
    <button type="button" class="secondary" onClick={list.loadMore} disabled={list.loadingMore} data-testid={testId}>
      {list.loadingMore ? `${text}…` : text}
    </button>
  );
}
