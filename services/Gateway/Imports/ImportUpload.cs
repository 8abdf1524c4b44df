using System.Globalization;
using Google.Protobuf;
using Nplv.Gateway.Models;
using Nplv.Indicators.V1;

namespace Nplv.Gateway.Imports;

/// <summary>
/// The parts of an import's form, read; the file waits on disk. Either a file with its format, or a StatLine table
/// with its region, for the service to read from StatLine itself.
/// </summary>
public sealed class ImportUpload : IAsyncDisposable
{
    public ImportFile? File { get; set; }

    public string? Format { get; set; }

    public string? Mapping { get; set; }

    public string? MappingDocument { get; set; }

    public byte[]? Metadata { get; set; }

    public string? Year { get; set; }

    public string? Table { get; set; }

    public string? Region { get; set; }

    public string? Catalog { get; set; }

    /// <summary>The form names a table rather than a file.</summary>
    public bool IsStatLine => Table is not null;

    public void SetText(string field, string text)
    {
        switch (field)
        {
            case ImportFormFields.Format: Format = text; break;
            case ImportFormFields.Mapping: Mapping = text; break;
            case ImportFormFields.Year: Year = text; break;
            case ImportFormFields.Table: Table = text; break;
            case ImportFormFields.Region: Region = text; break;
            case ImportFormFields.Catalog: Catalog = text; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "is not a text field of an import");
        }
    }

    /// <summary>
    /// The settings a file's import starts with, after checking what the gateway can check itself: a file is there,
    /// the format is known and the mapping reads as <c>name</c> or <c>name@version</c>.
    /// </summary>
    public ImportSettings ToSettings(Guid importId, InputErrors errors)
    {
        if (File is null)
        {
            errors.Add(ImportFormFields.File, $"is required: the file to import (or name a StatLine table in '{ImportFormFields.Table}')");
        }
        else if (File.Length == 0)
        {
            errors.Add(ImportFormFields.File, "is empty");
        }

        foreach (var (field, value) in new[] { (ImportFormFields.Region, Region), (ImportFormFields.Catalog, Catalog) })
        {
            if (value is not null)
            {
                errors.Add(field, $"goes with '{ImportFormFields.Table}', for an import from StatLine; a file's import does not take it");
            }
        }

        var settings = CommonSettings(importId, errors);
        settings.Format = ChoiceOf<ImportFormat>(Format, ImportFormFields.Format, required: true, errors);
        settings.FileName = File?.Name ?? "";
        settings.Metadata = Metadata is null ? ByteString.Empty : ByteString.CopyFrom(Metadata);
        return settings;
    }

    /// <summary>
    /// The request of an import the service reads from StatLine; the table, region and catalogue are the service's
    /// to check, a file or metadata the gateway refuses itself, since StatLine gives both.
    /// </summary>
    public ImportFromStatLineRequest ToStatLineRequest(Guid importId, InputErrors errors)
    {
        foreach (var (field, given) in new[] { (ImportFormFields.File, File is not null), (ImportFormFields.Metadata, Metadata is not null) })
        {
            if (given)
            {
                errors.Add(field, $"is not taken with '{ImportFormFields.Table}': the service reads the table and its metadata from StatLine");
            }
        }

        if (string.IsNullOrWhiteSpace(Region))
        {
            errors.Add(ImportFormFields.Region, "is required with a table: the gemeente whose wijken and buurten to read, such as GM0014");
        }

        var settings = CommonSettings(importId, errors);
        settings.Format = ChoiceOf<ImportFormat>(Format, ImportFormFields.Format, required: false, errors);
        return new ImportFromStatLineRequest
        {
            Settings = settings,
            Table = Table!.Trim(),
            Region = Region?.Trim().ToUpperInvariant() ?? "",
            Catalog = ChoiceOf<StatLineCatalog>(Catalog, ImportFormFields.Catalog, required: false, errors),
        };
    }

    private ImportSettings CommonSettings(Guid importId, InputErrors errors)
    {
        var settings = new ImportSettings { ImportId = importId.ToString(), MappingDocument = MappingDocument ?? "" };
        if (!string.IsNullOrWhiteSpace(Mapping))
        {
            var (name, version) = MappingNames.Parse(Mapping.Trim(), ImportFormFields.Mapping, errors);
            settings.MappingName = name;
            settings.MappingVersion = version;
        }

        if (!string.IsNullOrWhiteSpace(Year))
        {
            // 0 is the contract's "no year"; a client that sends a year means one.
            if (int.TryParse(Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year > 0)
            {
                settings.Year = year;
            }
            else
            {
                errors.Add(ImportFormFields.Year, "must be a year such as 2024");
            }
        }

        return settings;
    }

    /// <summary>
    /// Mapping documents and the command line write choices with hyphens (<c>long-csv</c>, <c>cbs-third-party</c>),
    /// the API's JSON with underscores; both are taken.
    /// </summary>
    private static TEnum ChoiceOf<TEnum>(string? text, string field, bool required, InputErrors errors)
        where TEnum : struct, Enum
    {
        var names = string.Join(", ", EnumNames.JsonNames<TEnum>().Select(name => name.Replace('_', '-')));
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, $"is required: one of {names}");
            }

            return default;
        }

        if (EnumNames.TryParseJsonName<TEnum>(text.Trim().Replace('-', '_'), out var value))
        {
            return value;
        }

        errors.Add(field, $"must be one of {names}");
        return default;
    }

    public async ValueTask DisposeAsync()
    {
        if (File is not null)
        {
            await File.DisposeAsync();
        }
    }
}
