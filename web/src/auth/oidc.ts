// Signing in at the organisation's OpenID Connect provider: the authorization code flow with PKCE, done by
// oidc-client-ts. The access token it brings back is the session's bearer token, as a pasted one would be.
// The library is loaded only when a sign-in or sign-out goes through the provider.
import type { UserManager } from "oidc-client-ts";
import { get } from "../api/client";
import type { SignInOptions, SignInProvider } from "../api/types";
import { signIn, signOut } from "./session";

/** Where the provider sends the browser back with its code. */
export const callbackPath = "/aangemeld";

let options: Promise<SignInOptions> | null = null;

/** How this gateway lets the pages sign in; asked once per page load. */
export function signInOptions(): Promise<SignInOptions> {
  options ??= get<SignInOptions>("/api/v1/sign-in").catch((error: unknown) => {
    options = null;
    throw error;
  });
  return options;
}

async function managerFor(provider: SignInProvider): Promise<UserManager> {
  const { UserManager, WebStorageStateStore } = await import("oidc-client-ts");
  return new UserManager({
    authority: provider.authority,
    client_id: provider.clientId,
    redirect_uri: `${location.origin}${callbackPath}`,
    post_logout_redirect_uri: `${location.origin}/`,
    response_type: "code",
    scope: provider.scope,
    // This tab only, like the session itself.
    userStore: new WebStorageStateStore({ store: sessionStorage }),
    stateStore: new WebStorageStateStore({ store: sessionStorage }),
    loadUserInfo: false,
    automaticSilentRenew: false,
  });
}

/** Leaves for the provider's sign-in; it comes back at {@link callbackPath}, then goes on to {@link returnPath}. */
export async function startProviderSignIn(provider: SignInProvider, returnPath: string): Promise<void> {
  await (await managerFor(provider)).signinRedirect({ state: { returnPath } });
}

/** Finishes a sign-in the provider sent back: trades the code for tokens and signs in; the path to go on to. */
export async function completeProviderSignIn(): Promise<string> {
  const { provider } = await signInOptions();
  if (!provider) throw new Error("Aanmelden bij een organisatie is hier niet ingesteld.");
  const user = await (await managerFor(provider)).signinRedirectCallback();
  signIn(user.access_token);
  const state = user.state as { returnPath?: unknown } | undefined;
  return typeof state?.returnPath === "string" ? state.returnPath : "/";
}

/**
 * Signs out here, and, when the session came from the provider, there too (its end-session endpoint), so the next
 * person at this browser is asked who they are.
 */
export async function signOutEverywhere(): Promise<void> {
  signOut();
  try {
    const { provider } = await signInOptions();
    if (!provider) return;
    const manager = await managerFor(provider);
    const user = await manager.getUser();
    if (!user) return;
    await manager.signoutRedirect({ id_token_hint: user.id_token, extraQueryParams: { client_id: provider.clientId } });
  } catch {
    // Signed out here; the provider could not be reached to end its own session, which then ends by itself.
  }
}
