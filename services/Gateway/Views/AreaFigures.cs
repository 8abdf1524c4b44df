using Nplv.Gateway.Models;

namespace Nplv.Gateway.Views;

/// <summary>What the indicators service says about an area: the area, its buurten, and its tracked indicators.</summary>
public sealed record AreaFigures(AreaDto? Area, IReadOnlyList<string> ChildCodes, IReadOnlyList<TrackedIndicator> Indicators);
