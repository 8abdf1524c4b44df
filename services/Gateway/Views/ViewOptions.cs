namespace Nplv.Gateway.Views;

/// <summary>Configuration section <c>Gateway:Views</c>.</summary>
public sealed class ViewOptions
{
    /// <summary>One deadline for every call a combined view makes; what has not answered by then is degraded.</summary>
    public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a whole answer of a combined view is kept; changes through the gateway evict it sooner.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an area's whole figures (from the indicators service) are kept; zero reads them every time.</summary>
    public TimeSpan FiguresCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many views are composed at once; the rest wait their turn. Load then costs waiting, not parts: a view's
    /// deadline runs from when its composition starts, so a busy gateway is slower but not degraded.
    /// </summary>
    public int MaxConcurrentCompositions { get; set; } = 8;

    /// <summary>How many views may wait for their turn; one more is answered 503 with Retry-After at once.</summary>
    public int CompositionQueueLimit { get; set; } = 256;

    /// <summary>How long a view waits for its turn before it is answered 503 with Retry-After instead.</summary>
    public TimeSpan CompositionQueueTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The area every dashboard compares with (the gemeente Groningen).</summary>
    public string CityAreaCode { get; set; } = "GM0014";
}
