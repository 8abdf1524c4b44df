import { useEffect, useState } from "preact/hooks";
import { current, onSessionChange, type Session } from "./session";

/** The signed-in user, re-rendering on sign-in and sign-out. */
export function useSession(): Session | null {
  const [value, setValue] = useState(current);
  useEffect(() => onSessionChange(() => setValue(current())), []);
  return value;
}
