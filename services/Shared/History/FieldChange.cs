namespace Nplv.Shared.History;

/// <summary>One field's value before and after a change, each as JSON; null when the field had or has no value.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);
