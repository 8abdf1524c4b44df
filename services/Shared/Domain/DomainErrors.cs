namespace Nplv.Shared.Domain;

/// <summary>One rejected field of a request, named as in the contract (snake_case proto field path).</summary>
public sealed record FieldError(string Field, string Description);

/// <summary>The request is malformed; nothing was changed.</summary>
public sealed class ValidationFailedException(IReadOnlyList<FieldError> errors)
    : Exception("The request is invalid: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Description}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}

/// <summary>The entity the request names does not exist.</summary>
public sealed class EntityNotFoundException(string entity, string id)
    : Exception($"{entity} '{id}' was not found.")
{
    public string Entity { get; } = entity;
    public string Id { get; } = id;
}

/// <summary>The request carried a version that is no longer the entity's current one; nothing was changed.</summary>
public sealed class VersionConflictException(string entity, string id, long expectedVersion, long currentVersion)
    : Exception($"{entity} '{id}' is at version {currentVersion}, not {expectedVersion}: it was changed by someone else. Read it again and retry.")
{
    public string Entity { get; } = entity;
    public string Id { get; } = id;
    public long ExpectedVersion { get; } = expectedVersion;
    public long CurrentVersion { get; } = currentVersion;
}

/// <summary>
/// Another entity holds what must be unique (a code, say, or a request id that created something else); nothing was
/// changed.
/// </summary>
public sealed class EntityAlreadyExistsException(string entity, string id, string? message = null)
    : Exception(message ?? $"{entity} '{id}' already exists.")
{
    public string Entity { get; } = entity;
    public string Id { get; } = id;
}

public static class RequestIds
{
    /// <summary>A create that names a request id which already made something else: a client mix-up, never a retry.</summary>
    public static EntityAlreadyExistsException ReusedFor(string entity, Guid? requestId)
        => new("request", requestId?.ToString() ?? "",
            $"request_id '{requestId}' already created another {entity}; a retry must repeat the same request.");
}

/// <summary>The caller may not make this change (another partner's measure, a review step for the programme office).</summary>
public sealed class ActionNotAllowedException(string entity, string id, string description)
    : Exception($"{entity} '{id}': {description}")
{
    public string Entity { get; } = entity;
    public string Id { get; } = id;
}

/// <summary>The entity is not in a state that allows the change (a finished measure cannot start again, say).</summary>
public sealed class StateConflictException(string entity, string id, string description)
    : Exception($"{entity} '{id}': {description}")
{
    public string Entity { get; } = entity;
    public string Id { get; } = id;
    public string Description { get; } = description;
}

public static class BatchRead
{
    /// <summary>A batch read fails whole when any key asked is unknown, naming every one of them.</summary>
    public static void ThrowIfAnyMissing<TKey>(string entity, IEnumerable<TKey> asked, IEnumerable<TKey> found)
    {
        var missing = asked.Except(found).ToList();
        if (missing.Count > 0)
        {
            throw new EntityNotFoundException(entity, string.Join(", ", missing));
        }
    }
}
