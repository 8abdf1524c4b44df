import { useCallback, useEffect, useState } from "preact/hooks";
import { ApiError, get } from "./client";
import type { Page } from "./types";

export interface Paged<T> {
  items: T[];
  /** True until the first page has come in, and again whenever the path changes. */
  loading: boolean;
  loadingMore: boolean;
  hasMore: boolean;
  error: ApiError | undefined;
  loadMore: () => void;
  reload: () => void;
}

/** Reads a list page by page: the first page when the path changes, the next one on {@link Paged.loadMore}. */
export function usePaged<T>(path: string): Paged<T> {
  const [state, setState] = useState<{ items: T[]; next: string | null; loading: boolean; loadingMore: boolean; error?: ApiError }>({
    items: [],
    next: null,
    loading: true,
    loadingMore: false,
  });
  // The token belongs to the path it was asked for, so a new path starts again from its first page.
  const [cursor, setCursor] = useState<{ path: string; token: string } | null>(null);
  const pageToken = cursor?.path === path ? cursor.token : null;
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const first = pageToken === null;
    setState((previous) => ({ ...previous, items: first ? [] : previous.items, loading: first, loadingMore: !first, error: undefined }));
    const separator = path.includes("?") ? "&" : "?";
    const url = first ? path : `${path}${separator}pageToken=${encodeURIComponent(pageToken)}`;
    get<Page<T>>(url, controller.signal).then(
      (page) =>
        setState((previous) => ({
          items: first ? page.items : [...previous.items, ...page.items],
          next: page.nextPageToken,
          loading: false,
          loadingMore: false,
        })),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const problem = error instanceof ApiError ? error : new ApiError(0, { title: String(error) });
        setState((previous) => ({ ...previous, loading: false, loadingMore: false, error: problem }));
      },
    );
    return () => controller.abort();
  }, [path, pageToken, attempt]);

  const loadMore = useCallback(() => {
    if (state.next) setCursor({ path, token: state.next });
  }, [path, state.next]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  return { items: state.items, loading: state.loading, loadingMore: state.loadingMore, hasMore: state.next !== null, error: state.error, loadMore, reload };
}
