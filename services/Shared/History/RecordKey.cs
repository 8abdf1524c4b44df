namespace Nplv.Shared.History;

/// <summary>A record as the history names it: its kind ("measure") and its id in the owning service.</summary>
public sealed record RecordKey(string Kind, string Id);
