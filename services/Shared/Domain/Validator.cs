namespace Nplv.Shared.Domain;

/// <summary>Collects every field error of a request, so the caller hears about all of them at once.</summary>
/// <param name="fieldPrefix">Put before every field, for requests whose fields sit inside a message (<c>measure.</c>).</param>
public sealed class Validator(string fieldPrefix = "")
{
    private readonly List<FieldError> _errors = [];

    public Validator Add(string field, string description)
    {
        _errors.Add(new FieldError(fieldPrefix + field, description));
        return this;
    }

    public Validator Require(bool condition, string field, string description)
        => condition ? this : Add(field, description);

    public Validator RequireText(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, "is required");
        }

        return OptionalText(value, field, maxLength);
    }

    public Validator OptionalText(string? value, string field, int maxLength)
    {
        if (value is null)
        {
            return this;
        }

        // PostgreSQL text cannot hold a NUL character; it would fail the whole command.
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            return Add(field, "must not contain NUL characters");
        }

        return Require(value.Length <= maxLength, field, $"must be at most {maxLength} characters");
    }

    public Validator RequireUuid(string? value, string field, out Guid parsed)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            parsed = Guid.Empty;
            return Add(field, "is required");
        }

        // Exactly the 36-character form: no braces, no surrounding whitespace that would travel on into headers.
        return Require(Guid.TryParseExact(value, "D", out parsed), field, "must be a UUID");
    }

    public Validator OptionalUuid(string? value, string field, out Guid? parsed)
    {
        parsed = null;
        if (string.IsNullOrEmpty(value))
        {
            return this;
        }

        var ok = Guid.TryParseExact(value, "D", out var id);
        parsed = ok ? id : null;
        return Require(ok, field, "must be a UUID");
    }

    /// <summary>The ids of a batch read: at most <paramref name="maxCount"/>, each a UUID named as <c>ids[3]</c>.</summary>
    public Validator RequireUuids(IReadOnlyList<string> values, string field, int maxCount, out List<Guid> parsed)
    {
        Require(values.Count <= maxCount, field, $"must hold at most {maxCount} ids");
        parsed = new List<Guid>(Math.Min(values.Count, maxCount));
        for (var i = 0; i < values.Count && i < maxCount; i++)
        {
            RequireUuid(values[i], $"{field}[{i}]", out var id);
            parsed.Add(id);
        }

        return this;
    }

    /// <summary>A list of codes: at most <paramref name="maxCount"/>, each required text named as <c>codes[3]</c>.</summary>
    public Validator RequireCodes(IReadOnlyList<string> values, string field, int maxCount, int maxLength)
    {
        Require(values.Count <= maxCount, field, $"must hold at most {maxCount} codes");
        for (var i = 0; i < values.Count && i < maxCount; i++)
        {
            RequireText(values[i], $"{field}[{i}]", maxLength);
        }

        return this;
    }

    public bool IsValid => _errors.Count == 0;

    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
        {
            throw new ValidationFailedException(_errors);
        }
    }
}
