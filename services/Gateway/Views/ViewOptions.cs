namespace Nplv.Gateway.Views;

/// <summary>Configuration section <c>Gateway:Views</c>.</summary>
public sealed class ViewOptions
{
    /// <summary>One deadline for every call a combined view makes; what has not answered by then is degraded.</summary>
    public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The area every dashboard compares with (the gemeente Groningen).</summary>
    public string CityAreaCode { get; set; } = "GM0014";
}
