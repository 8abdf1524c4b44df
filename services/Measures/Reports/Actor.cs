namespace Nplv.Measures.Reports;

/// <summary>Who acts, as the gateway signed them in: the token's subject and name, its role and the editor's partner.</summary>
public sealed record Actor(string Subject, string Name, string Role, Guid? PartnerId)
{
    public const string ProgrammeOfficeRole = "programme-office";
    public const string PartnerEditorRole = "partner-editor";

    public bool IsProgrammeOffice => Role == ProgrammeOfficeRole;

    /// <summary>The programme office, or an editor of one of <paramref name="partnerIds"/>.</summary>
    public bool EditsFor(IReadOnlySet<Guid> partnerIds)
        => IsProgrammeOffice || (Role == PartnerEditorRole && PartnerId is { } partner && partnerIds.Contains(partner));
}
