import { useCallback, useEffect, useState } from "preact/hooks";
import { ApiError, get } from "./client";

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Reads a gateway path, again whenever the path changes; a later answer never overwrites a newer one. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: path !== null });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    get<T>(path, controller.signal).then(
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
