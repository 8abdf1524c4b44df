using System.Text.Json;

namespace Nplv.Indicators.Imports.Formats;

/// <summary>
/// What CBS says about a table's columns: the DataProperties of an OData v3 table or the MeasureCodes of an OData v4
/// one, by column key (v3 <c>Key</c>, v4 <c>Identifier</c>).
/// </summary>
public sealed record SourceMetadata(IReadOnlyDictionary<string, SourceColumn> Columns)
{
    public static SourceMetadata Parse(ImportFormat format, ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("value", out var items)
                || items.ValueKind != JsonValueKind.Array)
            {
                throw BadMetadata("it has no 'value' array");
            }

            var columns = new Dictionary<string, SourceColumn>(StringComparer.Ordinal);
            foreach (var item in items.EnumerateArray())
            {
                if ((format switch
                    {
                        ImportFormat.CbsODataV3 or ImportFormat.StatLineCsv => DataProperty(item),
                        ImportFormat.CbsODataV4 => MeasureCode(item),
                        _ => throw BadMetadata($"{format} files have no CBS metadata"),
                    }) is { } column)
                {
                    columns[column.Key] = column;
                }
            }

            return new SourceMetadata(columns);
        }
        catch (JsonException ex)
        {
            throw BadMetadata("it is not valid JSON: " + ex.Message);
        }
    }

    /// <summary>A v3 DataProperty; only a numeric Topic is a measure (dimensions, groups and text topics are not).</summary>
    private static SourceColumn? DataProperty(JsonElement item)
    {
        if (Text(item, "Key") is not { Length: > 0 } key)
        {
            return null;
        }

        var isMeasure = Text(item, "Type") == "Topic" && Text(item, "Datatype") != "String";
        return new SourceColumn(key, Text(item, "Title") ?? key, Text(item, "Unit") ?? "", isMeasure, Text(item, "Type") == "Dimension");
    }

    private static SourceColumn? MeasureCode(JsonElement item)
        => Text(item, "Identifier") is { Length: > 0 } key
            ? new SourceColumn(key, Text(item, "Title") ?? key, Text(item, "Unit") ?? "", IsMeasure: true)
            : null;

    private static string? Text(JsonElement item, string name)
        => item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()?.Trim()
            : null;

    private static ImportFileException BadMetadata(string why) => new("bad_metadata", "The table's metadata cannot be read: " + why);
}

/// <param name="Key">The column key (v3) or measure code (v4).</param>
/// <param name="IsMeasure">Whether the column holds figures, as opposed to a dimension, a group or a text.</param>
/// <param name="IsOtherDimension">
/// Whether the column is a dimension beside the area and the period (50090NED's Leeftijd and Marges): a table with
/// one has a row per value of it, so a mapping must choose the value to import.
/// </param>
public sealed record SourceColumn(string Key, string Title, string Unit, bool IsMeasure, bool IsOtherDimension = false);
