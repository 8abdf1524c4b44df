import { useCallback, useEffect, useState } from "preact/hooks";
import { ApiError, get } from "./client";
import { importPath } from "./imports";
import type { ImportRun } from "./types";

const pollEveryMs = 1000;
const longestWaitMs = 15000;

export interface PolledImport {
  run: ImportRun | undefined;
  /** The last read's error; while `retrying` the import is read again on its own. */
  error: ApiError | undefined;
  retrying: boolean;
  reload: () => void;
}

/**
 * Reads an import every second while it runs, and stops once it has succeeded or failed, or when the page is left.
 * A passing outage (no answer, 5xx, 429) is retried less and less often; other errors stop the reading.
 */
export function useImport(id: string): PolledImport {
  const [state, setState] = useState<{ run?: ImportRun; error?: ApiError; retrying: boolean }>({ retrying: false });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;

    async function read() {
      try {
        const run = await get<ImportRun>(importPath(id), controller.signal);
        failures = 0;
        setState({ run, retrying: false });
        if (run.state === "running") timer = setTimeout(read, pollEveryMs);
      } catch (caught) {
        if (controller.signal.aborted) return;
        const error = caught instanceof ApiError ? caught : new ApiError(0, { title: String(caught) });
        const passing = error.status === 0 || error.status === 429 || error.status >= 500;
        setState((previous) => ({ run: previous.run, error, retrying: passing }));
        if (passing) {
          failures++;
          const wait = error.retryAfter !== null ? error.retryAfter * 1000 : pollEveryMs * 2 ** failures;
          timer = setTimeout(read, Math.min(wait, longestWaitMs));
        }
      }
    }

    setState((previous) => ({ run: previous.run?.id === id ? previous.run : undefined, retrying: false }));
    void read();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [id, attempt]);

  return { run: state.run, error: state.error, retrying: state.retrying, reload };
}
