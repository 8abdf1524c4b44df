import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { ApiError } from "./client";
import type { Loaded } from "./useApi";

/**
 * Like {@link useApi}, for reads that are more than one GET (all pages of a list, a body with its ETag): runs
 * `load` again whenever `key` changes; a later answer never overwrites a newer one.
 */
export function useLoader<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: key !== null });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const latest = useRef(load);
  latest.current = load;

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    latest.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ error: error instanceof ApiError ? error : new ApiError(0, { title: String(error) }), loading: false });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  return { data: state.data, error: state.error, loading: state.loading, reload };
}
