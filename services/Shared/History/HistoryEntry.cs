namespace Nplv.Shared.History;

/// <summary>
/// A change about to be recorded. The store that makes the change appends it in the same transaction, so a change
/// and its record are written together or not at all; who made it and the trace come from the call (<see cref="HistoryLog"/>).
/// </summary>
/// <param name="Parent">The record that holds this one (a report's measure), whose history includes this change.</param>
/// <param name="Label">A readable name of the record within its parent's history ("2025-H1").</param>
public sealed record HistoryEntry(
    RecordKey Record,
    string Action,
    IReadOnlyList<FieldChange> Fields,
    string Reason = "",
    RecordKey? Parent = null,
    string Label = "")
{
    public const string CreatedAction = "created";
    public const string UpdatedAction = "updated";
    public const string DeletedAction = "deleted";

    /// <summary>A new record: every field it was created with.</summary>
    public static HistoryEntry Created<T>(RecordKey record, T created, RecordKey? parent = null, string label = "", params string[] ignored)
        => new(record, CreatedAction, FieldChanges.Between(default, created, ignored), Parent: parent, Label: label);

    /// <summary>A changed record: the fields that differ between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static HistoryEntry Updated<T>(
        RecordKey record, T before, T after, string action = UpdatedAction, string reason = "", RecordKey? parent = null,
        string label = "", params string[] ignored)
        => new(record, action, FieldChanges.Between(before, after, ignored), reason, parent, label);

    /// <summary>A deleted record: every field it had.</summary>
    public static HistoryEntry Deleted<T>(RecordKey record, T deleted, RecordKey? parent = null, string label = "", params string[] ignored)
        => new(record, DeletedAction, FieldChanges.Between(deleted, default, ignored), Parent: parent, Label: label);
}
