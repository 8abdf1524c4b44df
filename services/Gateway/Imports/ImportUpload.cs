using System.Globalization;
using Google.Protobuf;
using Nplv.Gateway.Models;
using Nplv.Indicators.V1;

namespace Nplv.Gateway.Imports;

/// <summary>The parts of an import's form, read; the file waits on disk.</summary>
public sealed class ImportUpload : IAsyncDisposable
{
    public ImportFile? File { get; set; }

    public string? Format { get; set; }

    public string? Mapping { get; set; }

    public string? MappingDocument { get; set; }

    public byte[]? Metadata { get; set; }

    /// <summary>
    /// The settings the import starts with, after checking what the gateway can check itself: a file is there, the
    /// format is known and the mapping reads as <c>name</c> or <c>name@version</c>.
    /// </summary>
    public ImportSettings ToSettings(Guid importId, InputErrors errors)
    {
        if (File is null)
        {
            errors.Add(ImportFormFields.File, "is required: the file to import");
        }
        else if (File.Length == 0)
        {
            errors.Add(ImportFormFields.File, "is empty");
        }

        var settings = new ImportSettings
        {
            ImportId = importId.ToString(),
            Format = FormatOf(errors),
            FileName = File?.Name ?? "",
            MappingDocument = MappingDocument ?? "",
            Metadata = Metadata is null ? ByteString.Empty : ByteString.CopyFrom(Metadata),
        };
        if (!string.IsNullOrWhiteSpace(Mapping))
        {
            var (name, version) = MappingOf(Mapping.Trim(), errors);
            settings.MappingName = name;
            settings.MappingVersion = version;
        }

        return settings;
    }

    /// <summary>Mapping documents write formats with hyphens (<c>long-csv</c>), the API's JSON with underscores; both are taken.</summary>
    private ImportFormat FormatOf(InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(Format))
        {
            errors.Add(ImportFormFields.Format, $"is required: one of {FormatNames}");
            return ImportFormat.Unspecified;
        }

        if (EnumNames.TryParseJsonName<ImportFormat>(Format.Trim().Replace('-', '_'), out var format))
        {
            return format;
        }

        errors.Add(ImportFormFields.Format, $"must be one of {FormatNames}");
        return ImportFormat.Unspecified;
    }

    private static string FormatNames => string.Join(", ", EnumNames.JsonNames<ImportFormat>().Select(name => name.Replace('_', '-')));

    private static (string Name, int Version) MappingOf(string mapping, InputErrors errors)
    {
        var at = mapping.LastIndexOf('@');
        if (at < 0)
        {
            return (mapping, 0);
        }

        var name = mapping[..at];
        if (name.Length == 0
            || !int.TryParse(mapping[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || version < 1)
        {
            errors.Add(ImportFormFields.Mapping, "must be a mapping's name, or name@version with a version of 1 or more");
            return (mapping, 0);
        }

        return (name, version);
    }

    public async ValueTask DisposeAsync()
    {
        if (File is not null)
        {
            await File.DisposeAsync();
        }
    }
}
