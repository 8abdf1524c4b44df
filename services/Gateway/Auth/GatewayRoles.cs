namespace Nplv.Gateway.Auth;

/// <summary>The roles and claims a bearer token carries for the gateway.</summary>
public static class GatewayRoles
{
    /// <summary>The programme office edits everything.</summary>
    public const string ProgrammeOffice = "programme-office";

    /// <summary>A partner's editor edits that partner and the measures it leads; the token names it in <see cref="PartnerIdClaim"/>.</summary>
    public const string PartnerEditor = "partner-editor";

    public const string RoleClaim = "role";
    public const string PartnerIdClaim = "partner_id";
}

public static class GatewayPolicies
{
    public const string Editor = "editor";
    public const string ProgrammeOffice = "programme-office";
}
