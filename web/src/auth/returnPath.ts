/**
 * The page to go back to after signing in: only a path on this site ("/..."), never "//host" or "/\host" (which
 * browsers read as another site), and never the sign-in page itself or the provider's way back.
 */
export function safeReturnPath(value: string | undefined | null): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  if (/[\u0000-\u001f]/.test(value)) return "/";
  if (value === "/aanmelden" || value.startsWith("/aanmelden?")) return "/";
  if (value === "/aangemeld" || value.startsWith("/aangemeld?")) return "/";
  return value;
}
