using System.Text.Json;
using Nplv.History.V1;

namespace Nplv.Gateway.Models;

/// <summary>One change in a record's history: who, when, what (each field before and after) and why.</summary>
/// <param name="Kind">The record changed: the one asked for, or one it holds (a measure's report).</param>
/// <param name="Label">A readable name of a held record ("2025-H1"); empty for the record asked for.</param>
/// <param name="Action">created, updated, archived, deleted, a report's new state (ingediend, goedgekeurd,
/// teruggestuurd, concept), or an import's outcome (succeeded, failed).</param>
public sealed record ChangeDto(
    long Sequence,
    DateTime ChangedAt,
    ChangeActorDto Actor,
    string Kind,
    string Id,
    string Label,
    string Action,
    IReadOnlyList<FieldChangeDto> Fields,
    string? Reason,
    string? TraceId)
{
    public static ChangeDto From(Change change) => new(
        change.Sequence,
        change.ChangedAt.ToDateTime(),
        new ChangeActorDto(change.Actor.Subject, change.Actor.Name, change.Actor.Role, change.Actor.PartnerId.NullIfEmpty()),
        change.Kind,
        change.Id,
        change.Label,
        change.Action,
        [.. change.Fields.Select(field => new FieldChangeDto(field.Field, Json(field.BeforeJson), Json(field.AfterJson)))],
        change.Reason.NullIfEmpty(),
        change.TraceId.NullIfEmpty());

    private static JsonElement? Json(string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        using var document = JsonDocument.Parse(value);
        return document.RootElement.Clone();
    }
}

/// <summary>Who made a change; the subject is empty for the service itself (seed data).</summary>
public sealed record ChangeActorDto(string Subject, string Name, string Role, string? PartnerId);

/// <summary>A field's value before and after, as JSON; null where it had or has none. Nested fields: "content.done".</summary>
public sealed record FieldChangeDto(string Field, JsonElement? Before, JsonElement? After);
