import { useCallback, useEffect, useState } from "preact/hooks";
import { ApiError, get } from "./client";
import type { Page } from "./types";
import type { Loaded } from "./useApi";

/** Every item of a paged list, following nextPageToken; `path` already holds its other parameters. */
export function useAllPages<T>(path: string | null): Loaded<T[]> {
  const [state, setState] = useState<{ data?: T[]; error?: ApiError; loading: boolean }>({ loading: path !== null });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    getAll<T>(path, controller.signal).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ error: error instanceof ApiError ? error : new ApiError(0, { title: String(error) }), loading: false });
      },
    );
    return () => controller.abort();
  }, [path, attempt]);

  return { data: state.data, error: state.error, loading: state.loading, reload };
}

async function getAll<T>(path: string, signal: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  const separator = path.includes("?") ? "&" : "?";
  let token: string | null = null;
  do {
    const page: Page<T> = await get<Page<T>>(`${path}${separator}pageSize=200${token ? `&pageToken=${encodeURIComponent(token)}` : ""}`, signal);
    items.push(...page.items);
    token = page.nextPageToken;
  } while (token);
  return items;
}
