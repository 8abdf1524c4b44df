using Nplv.Contracts;

namespace Nplv.Shared.History;

/// <summary>A change as the history holds it.</summary>
public sealed record RecordedChange(
    long Sequence,
    DateTime ChangedAt,
    ActorMetadata Actor,
    RecordKey Record,
    string Label,
    string Action,
    IReadOnlyList<FieldChange> Fields,
    string Reason,
    string TraceId);
