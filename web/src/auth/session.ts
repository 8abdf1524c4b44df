// Who is signed in: the bearer token and what it says about its holder, kept for this browser tab only.

export interface Session {
  token: string;
  role: "programme-office" | "partner-editor" | string;
  partnerId: string | null;
  name: string;
  expiresAt: number;
}

const storageKey = "nplv.session";
const listeners = new Set<() => void>();

export const session: { value: Session | null } = { value: restore() };

/** Signs in with a bearer token; throws with a message to show when the token is unreadable or expired. */
export function signIn(token: string): Session {
  const value = toSession(token.trim());
  if (!value) throw new Error("Dit is geen leesbaar token.");
  if (value.expiresAt <= Date.now()) throw new Error("Dit token is verlopen.");
  sessionStorage.setItem(storageKey, value.token);
  set(value);
  return value;
}

export function signOut(): void {
  sessionStorage.removeItem(storageKey);
  set(null);
}

/** Signs out once the token has run out, so the pages stop offering edits the gateway will refuse. */
export function current(): Session | null {
  if (session.value && session.value.expiresAt <= Date.now()) signOut();
  return session.value;
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the user may edit what this partner leads (the gateway checks it again). */
export function mayEditFor(user: Session | null, partnerId: string | null): boolean {
  if (!user) return false;
  if (user.role === "programme-office") return true;
  return user.role === "partner-editor" && user.partnerId !== null && user.partnerId === partnerId;
}

export function isProgrammeOffice(user: Session | null): boolean {
  return user?.role === "programme-office";
}

function set(value: Session | null): void {
  session.value = value;
  listeners.forEach((listener) => listener());
}

function restore(): Session | null {
  const token = sessionStorage.getItem(storageKey);
  const value = token ? toSession(token) : null;
  if (!value || value.expiresAt <= Date.now()) {
    sessionStorage.removeItem(storageKey);
    return null;
  }
  return value;
}

function toSession(token: string): Session | null {
  const claims = decodeClaims(token);
  if (!claims) return null;
  return {
    token,
    role: roleOf(claims.role),
    partnerId: typeof claims.partner_id === "string" ? claims.partner_id : null,
    name: String(claims.name ?? claims.sub ?? "onbekend"),
    expiresAt: typeof claims.exp === "number" ? claims.exp * 1000 : Number.MAX_SAFE_INTEGER,
  };
}

// A provider may give several roles as a list: the programme office's goes first, as the gateway judges it.
function roleOf(claim: unknown): string {
  const roles = Array.isArray(claim) ? claim.map(String) : claim === undefined || claim === null ? [] : [String(claim)];
  return roles.find((role) => role === "programme-office") ?? roles.find((role) => role === "partner-editor") ?? roles[0] ?? "";
}

// Reads the token's claims to show who is signed in; only the gateway checks the signature.
function decodeClaims(token: string): Record<string, unknown> | null {
  const payload = token.split(".")[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(payload.length / 4) * 4, "=");
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof claims === "object" && claims !== null ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
