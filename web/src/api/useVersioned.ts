import { useCallback, useEffect, useState } from "preact/hooks";
import { ApiError, request } from "./client";

export interface LoadedVersion<T> {
  data: T | undefined;
  etag: string | null;
  error: ApiError | undefined;
  /** Counts the answers received, so a form can start afresh from each one. */
  loads: number;
  reload: () => void;
}

/** Reads one resource with its ETag, for forms that change it with If-Match. */
export function useVersioned<T>(path: string): LoadedVersion<T> {
  const [state, setState] = useState<{ data?: T; etag: string | null; error?: ApiError; loads: number }>({ etag: null, loads: 0 });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    request<T>(path, { signal: controller.signal }).then(
      ({ body, etag }) => setState((previous) => ({ data: body, etag, loads: previous.loads + 1 })),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((previous) => ({ ...previous, error: error instanceof ApiError ? error : new ApiError(0, { title: String(error) }) }));
      },
    );
    return () => controller.abort();
  }, [path, attempt]);

  return { data: state.data, etag: state.etag, error: state.error, loads: state.loads, reload };
}
