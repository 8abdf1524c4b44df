import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, get } from "./client";
import type { Page } from "./types";
import { useApi } from "./useApi";

export interface PagedList<T> {
  /** The first page's read, for {@link Await}. */
  first: ReturnType<typeof useApi<Page<T>>>;
  /** The items of every page loaded so far. */
  items: T[];
  hasMore: boolean;
  loadingMore: boolean;
  moreError: ApiError | undefined;
  loadMore: () => void;
}

/** A paged list that shows its first page and adds the next one on request (the gateway's nextPageToken). */
export function usePagedList<T>(path: string): PagedList<T> {
  const first = useApi<Page<T>>(path);
  const [more, setMore] = useState<{ items: T[]; next: string | null | undefined; loading: boolean; error?: ApiError }>({ items: [], next: undefined, loading: false });

  const generation = useRef(0);

  // A new first page (other filters, or a reload) starts the list again; pages still on their way are dropped.
  useEffect(() => {
    generation.current += 1;
    setMore({ items: [], next: undefined, loading: false });
  }, [first.data]);

  const next = more.next === undefined ? (first.data?.nextPageToken ?? null) : more.next;

  function loadMore() {
    if (!next || more.loading) return;
    setMore((m) => ({ ...m, loading: true, error: undefined }));
    const asked = generation.current;
    const separator = path.includes("?") ? "&" : "?";
    get<Page<T>>(`${path}${separator}pageToken=${encodeURIComponent(next)}`).then(
      (page) => asked === generation.current && setMore((m) => ({ items: [...m.items, ...page.items], next: page.nextPageToken, loading: false })),
      (error: unknown) => asked === generation.current && setMore((m) => ({ ...m, loading: false, error: error instanceof ApiError ? error : new ApiError(0, { title: String(error) }) })),
    );
  }

  return {
    first,
    items: [...(first.data?.items ?? []), ...more.items],
    hasMore: next !== null,
    loadingMore: more.loading,
    moreError: more.error,
    loadMore,
  };
}
