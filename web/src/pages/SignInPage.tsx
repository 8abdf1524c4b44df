import { useLocation } from "preact-iso";
import { safeReturnPath } from "../auth/returnPath";
import { useSession } from "../auth/useSession";
import { DevSignIn } from "../components/DevSignIn";
import { ProviderSignIn } from "../components/ProviderSignIn";
import { TokenSignIn } from "../components/TokenSignIn";
import { label, userRoleNames } from "../labels";
import { usePageTitle } from "../usePageTitle";

export function SignInPage() {
  usePageTitle("Aanmelden");
  const { query, route } = useLocation();
  const user = useSession();
  const back = safeReturnPath(query.terug);
  const goBack = () => route(back, true);

  return (
    <>
      <h1>Aanmelden</h1>
      <p class="lead">Iedereen kan de cijfers, maatregelen en partners bekijken. Om iets te wijzigen meldt u zich aan.</p>
      {user && (
        <p class="notice notice-success" data-testid="signin-current">
          {`U bent aangemeld als ${user.name} (${label(userRoleNames, user.role)}). Meld u hieronder opnieuw aan om van rol te wisselen, of `}
          <a href={back}>ga verder</a>.
        </p>
      )}
      <div class="signin-options">
        <ProviderSignIn returnPath={back} />
        <DevSignIn onSignedIn={goBack} />
        <TokenSignIn onSignedIn={goBack} />
      </div>
    </>
  );
}
