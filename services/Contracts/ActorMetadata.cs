using System.Text;
using Grpc.Core;

namespace Nplv.Contracts;

/// <summary>
/// Who a call acts for, as call metadata: the gateway signs the user in and names them on every call it makes, and a
/// service records them with what they changed. The name travels as UTF-8 in a binary header (gRPC's ASCII headers
/// cannot hold "Renée"); the others are ASCII (a token's subject, a role, a partner id).
/// </summary>
public sealed record ActorMetadata(string Subject, string Name, string Role, string PartnerId)
{
    public const string SubjectHeader = "nplv-actor-subject";
    public const string NameHeader = "nplv-actor-name-bin";
    public const string RoleHeader = "nplv-actor-role";
    public const string PartnerHeader = "nplv-actor-partner";

    /// <summary>The actor of a call that named none (a tool calling the service directly).</summary>
    public static ActorMetadata Unknown { get; } = new("", "", "", "");

    public bool IsKnown => Subject.Length > 0;

    public void AddTo(Metadata headers)
    {
        headers.Add(SubjectHeader, Ascii(Subject));
        headers.Add(NameHeader, Encoding.UTF8.GetBytes(Name));
        headers.Add(RoleHeader, Ascii(Role));
        if (PartnerId.Length > 0)
        {
            headers.Add(PartnerHeader, Ascii(PartnerId));
        }
    }

    public static ActorMetadata From(Metadata headers)
    {
        var subject = headers.GetValue(SubjectHeader);
        if (string.IsNullOrEmpty(subject))
        {
            return Unknown;
        }

        var name = headers.GetValueBytes(NameHeader) is { } bytes ? Encoding.UTF8.GetString(bytes) : "";
        return new ActorMetadata(subject, name, headers.GetValue(RoleHeader) ?? "", headers.GetValue(PartnerHeader) ?? "");
    }

    // Header values must be printable ASCII; anything else in a claim is replaced rather than failing the call.
    private static string Ascii(string value)
        => string.Create(value.Length, value, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is >= ' ' and <= '~' ? source[i] : '?';
            }
        });
}
