using System.ComponentModel;
using Google.Protobuf.WellKnownTypes;
using Nplv.Measures.V1;

namespace Nplv.Gateway.Models;

/// <summary>An annual report to make: a year and a scope (programme, theme with its theme, or wijk with its CBS code).</summary>
public sealed record AnnualReportInput(
    [property: Description("The year the report accounts for")] int? Year,
    [property: Description("programme, theme or wijk")] string? Scope,
    [property: Description("With scope theme: the theme, such as werk")] string? Theme,
    [property: Description("With scope wijk: the wijk's CBS code, such as WK001409")] string? AreaCode,
    [property: Description("The programme office's introduction; blank lines separate paragraphs")] string? Introduction,
    [property: Description("The peildatum: the measures, progress reports and figures are read as they stood at this moment (ISO 8601, not after now); none for now. Asked again for the same moment, the report says the same.")] DateTimeOffset? AsOf = null)
{
    public StartAnnualReportRequest ToRequest(Guid requestId, InputErrors errors)
    {
        if (Year is null)
        {
            errors.Add("year", "is required");
        }

        return new StartAnnualReportRequest
        {
            Year = Year ?? 0,
            Scope = errors.Enum<AnnualReportScope>("scope", Scope),
            Theme = errors.Enum<Nplv.Measures.V1.Theme>("theme", Theme, required: false),
            AreaCode = AreaCode ?? "",
            Introduction = Introduction ?? "",
            RequestId = requestId.ToString(),
            AsOf = AsOf is { } moment ? Timestamp.FromDateTimeOffset(moment) : null,
        };
    }
}
