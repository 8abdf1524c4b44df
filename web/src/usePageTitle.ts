import { useEffect } from "preact/hooks";

export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · NPLV Groningen-Noord` : "NPLV Groningen-Noord";
  }, [title]);
}
