namespace Nplv.Shared.History;

/// <summary>The kinds of record whose history this service keeps ("measure", "report").</summary>
public sealed record HistoryKinds(IReadOnlyList<string> Names);
