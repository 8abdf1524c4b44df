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
