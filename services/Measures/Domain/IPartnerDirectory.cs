namespace Nplv.Measures.Domain;

/// <summary>The partners a measure may name; owned by the partners service.</summary>
public interface IPartnerDirectory
{
    Task<bool> ExistsAsync(Guid partnerId, CancellationToken cancellationToken);
}
