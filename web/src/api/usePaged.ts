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
  /** Asks again for the page that failed. */
  reload: () => void;
  /** Reads the list again from its first page, keeping the rows shown until the new ones are in. */
  refresh: () => void;
}

interface Request {
  path: string;
  token: string | null;
  /** Counts retries and refreshes, so asking again for the same page runs the effect again. */
  attempt: number;
  /** A refresh keeps the rows on screen instead of showing the loading state. */
  quiet: boolean;
}

/** Reads a list page by page: the first page when the path changes, the next one on {@link Paged.loadMore}. */
export function usePaged<T>(path: string): Paged<T> {
  const [state, setState] = useState<{ items: T[]; next: string | null; loading: boolean; loadingMore: boolean; error?: ApiError }>({
    items: [],
    next: null,
    loading: true,
    loadingMore: false,
  });
  const [asked, setAsked] = useState<Request>({ path, token: null, attempt: 0, quiet: false });
  // A request for another path than the current one is stale: a new path starts again from its first page,
  // also when it is a path that was shown before with more pages loaded.
  const request: Request = asked.path === path ? asked : { path, token: null, attempt: 0, quiet: false };
  useEffect(() => {
    if (asked.path !== path) setAsked(request);
  }, [path]);

  useEffect(() => {
    const controller = new AbortController();
    const first = request.token === null;
    if (!request.quiet)
      setState((previous) => ({ ...previous, items: first ? [] : previous.items, loading: first, loadingMore: !first, error: undefined }));
    const separator = path.includes("?") ? "&" : "?";
    const url = first ? path : `${path}${separator}pageToken=${encodeURIComponent(request.token!)}`;
    get<Page<T>>(url, controller.signal).then(
      (page) =>
        // An answer for a request given up (another path, a refresh) must not overwrite the newer one.
        !controller.signal.aborted &&
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
  }, [request.path, request.token, request.attempt]);

  const loadMore = useCallback(() => {
    if (state.next) setAsked({ path, token: state.next, attempt: 0, quiet: false });
  }, [path, state.next]);
  const reload = useCallback(
    () =>
      setAsked((previous) =>
        previous.path === path
          ? { ...previous, attempt: previous.attempt + 1, quiet: false }
          : { path, token: null, attempt: previous.attempt + 1, quiet: false },
      ),
    [path],
  );
  const refresh = useCallback(() => setAsked((previous) => ({ path, token: null, attempt: previous.attempt + 1, quiet: true })), [path]);

  return {
    items: state.items,
    loading: state.loading,
    loadingMore: state.loadingMore,
    hasMore: state.next !== null,
    error: state.error,
    loadMore,
    reload,
    refresh,
  };
}
