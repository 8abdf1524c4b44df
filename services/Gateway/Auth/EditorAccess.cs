using System.Security.Claims;

namespace Nplv.Gateway.Auth;

/// <summary>Who may change what: the resource-level half of access control, after the route's policy let the caller in.</summary>
public static class EditorAccess
{
    public static bool IsProgrammeOffice(this ClaimsPrincipal user) => user.IsInRole(GatewayRoles.ProgrammeOffice);

    public static string? EditorPartnerId(this ClaimsPrincipal user)
        => user.IsInRole(GatewayRoles.PartnerEditor) ? user.FindFirstValue(GatewayRoles.PartnerIdClaim) : null;

    public static bool MayEditPartner(this ClaimsPrincipal user, string partnerId)
        => user.IsProgrammeOffice() || SamePartner(user.EditorPartnerId(), partnerId);

    /// <summary>A partner editor edits a measure its partner leads, and only while it keeps the lead.</summary>
    public static bool MayEditMeasureLedBy(this ClaimsPrincipal user, string leadPartnerId)
        => user.IsProgrammeOffice() || SamePartner(user.EditorPartnerId(), leadPartnerId);

    private static bool SamePartner(string? editorPartnerId, string partnerId)
        => editorPartnerId is not null
            && Guid.TryParse(editorPartnerId, out var editor)
            && Guid.TryParse(partnerId, out var partner)
            && editor == partner;
}
