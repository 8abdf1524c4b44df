using System.Globalization;
using Nplv.Indicators.V1;

namespace Nplv.Importer;

/// <summary>Reads the importer's arguments; anything it cannot use is an error naming the argument.</summary>
public static class CommandLine
{
    public static readonly Uri DefaultServer = new("http://localhost:5103");

    public const string Usage =
        """
        Usage:
          nplv import <file> --format long-csv|cbs-odata-v3|cbs-odata-v4|statline-csv|leefbaarometer-csv
                      [--mapping name[@version]] [--mapping-file mapping.json] [--metadata DataProperties.json]
                      [--year 2024] [--import-id <uuid>] [--server http://localhost:5103]
          nplv import --statline <table> --region GM0014 (--mapping name[@version] | --mapping-file mapping.json)
                      [--catalog cbs|cbs-third-party|cbs-v4] [--year 2024] [--import-id <uuid>] [--server URL]
          nplv import --list-mappings [--server URL]
          nplv import --status <import id> [--server URL]

        Streams the file to the indicators service, shows progress on stderr and prints the outcome. With
        --statline the service reads the table from CBS StatLine itself (it needs internet), for the gemeente of
        --region with its wijken and buurten; the catalogue is the mapping's unless --catalog names one.
        --year gives the year of a table whose rows have none (a Kerncijfers wijken en buurten table).
        The same --import-id again answers the recorded outcome without importing twice.
        Exit codes: 0 succeeded, 1 the import failed, 2 bad usage, settings the service rejected or a file
                    that cannot be read, 3 the service is unreachable, 4 (--status) still running,
                    130 cancelled (Ctrl+C).
        """;

    private static readonly Dictionary<string, ImportFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["long-csv"] = ImportFormat.LongCsv,
        ["cbs-odata-v3"] = ImportFormat.CbsOdataV3,
        ["cbs-odata-v4"] = ImportFormat.CbsOdataV4,
        ["leefbaarometer-csv"] = ImportFormat.LeefbaarometerCsv,
        ["statline-csv"] = ImportFormat.StatlineCsv,
    };

    private static readonly Dictionary<string, StatLineCatalog> Catalogs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cbs"] = StatLineCatalog.Cbs,
        ["cbs-third-party"] = StatLineCatalog.CbsThirdParty,
        ["cbs-v4"] = StatLineCatalog.CbsV4,
    };

    public static string CatalogName(StatLineCatalog catalog) =>
        Catalogs.FirstOrDefault(c => c.Value == catalog).Key ?? catalog.ToString();

    public static string FormatName(ImportFormat format) =>
        Formats.FirstOrDefault(f => f.Value == format).Key ?? format.ToString();

    /// <summary>The command, or an error message for a usage error.</summary>
    public static (ImporterCommand? Command, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<string>();
        var listMappings = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-h" or "--help":
                    return (new HelpCommand(), null);
                case "--list-mappings":
                    listMappings = true;
                    continue;
                case "--format" or "--mapping" or "--mapping-file" or "--metadata" or "--server" or "--import-id" or "--status"
                    or "--statline" or "--region" or "--catalog" or "--year":
                    if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        return Error($"{arg} needs a value.");
                    }

                    if (!options.TryAdd(arg, args[++i]))
                    {
                        return Error($"{arg} is given twice.");
                    }

                    continue;
                case var _ when arg.StartsWith('-') && arg.Length > 1:
                    return Error($"Unknown option {arg}.");
                default:
                    files.Add(arg);
                    continue;
            }
        }

        var server = DefaultServer;
        if (options.TryGetValue("--server", out var serverText)
            && (!Uri.TryCreate(serverText, UriKind.Absolute, out server) || server.Scheme is not ("http" or "https")))
        {
            return Error($"--server must be an http:// or https:// address, not '{serverText}'.");
        }

        if (listMappings)
        {
            return files.Count > 0 || options.Keys.Any(k => k != "--server")
                ? Error("--list-mappings takes no file and no other option than --server.")
                : (new ListMappingsCommand(server), null);
        }

        if (options.TryGetValue("--status", out var statusId))
        {
            if (files.Count > 0 || options.Keys.Any(k => k is not ("--server" or "--status")))
            {
                return Error("--status takes an import id and no file or other option than --server.");
            }

            return Guid.TryParse(statusId, out var id) ? (new ImportStatusCommand(server, id), null) : Error($"--status needs an import id (a UUID), not '{statusId}'.");
        }

        return options.ContainsKey("--statline") ? ParseStatLine(server, files, options) : ParseImport(server, files, options);
    }

    private static (ImporterCommand?, string?) ParseStatLine(Uri server, List<string> files, Dictionary<string, string> options)
    {
        if (files.Count > 0 || options.ContainsKey("--format") || options.ContainsKey("--metadata"))
        {
            return Error("--statline reads the table from StatLine: it takes no file, --format or --metadata.");
        }

        if (!options.TryGetValue("--region", out var region))
        {
            return Error("--statline needs --region, the gemeente whose wijken and buurten to read (such as GM0014).");
        }

        var catalog = StatLineCatalog.Unspecified;
        if (options.TryGetValue("--catalog", out var catalogText) && !Catalogs.TryGetValue(catalogText, out catalog))
        {
            return Error($"Unknown catalogue '{catalogText}'; use one of " + string.Join(", ", Catalogs.Keys) + ".");
        }

        var (common, commonError) = ParseCommon(options);
        if (common is null)
        {
            return Error(commonError!);
        }

        if (common.MappingName is null && common.MappingFile is null)
        {
            return Error("--statline needs --mapping or --mapping-file: the mapping says which columns become which indicators.");
        }

        var command = new ImportStatLineCommand(
            server, options["--statline"], region, catalog, common.ImportId, common.MappingName, common.MappingVersion, common.MappingFile, common.Year);
        return command.MappingFile is not null && !File.Exists(command.MappingFile)
            ? Error($"--mapping-file '{command.MappingFile}' does not exist.")
            : (command, null);
    }

    /// <summary>What a file import and a StatLine import share: the import id, the mapping and the year.</summary>
    private sealed record CommonOptions(Guid ImportId, string? MappingName, int MappingVersion, string? MappingFile, int Year);

    /// <summary>The shared options, read and checked in one pass; or the error of the first one that is wrong.</summary>
    private static (CommonOptions? Options, string? Error) ParseCommon(Dictionary<string, string> options)
    {
        var importId = Guid.CreateVersion7();
        if (options.TryGetValue("--import-id", out var idText) && !Guid.TryParse(idText, out importId))
        {
            return (null, $"--import-id must be a UUID, not '{idText}'.");
        }

        var year = 0;
        if (options.TryGetValue("--year", out var yearText)
            && (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out year) || year is < 1900 or > 2100))
        {
            return (null, $"--year must be a year from 1900 to 2100, not '{yearText}'.");
        }

        string? name = null;
        var version = 0;
        if (options.TryGetValue("--mapping", out var mapping))
        {
            if (options.ContainsKey("--mapping-file"))
            {
                return (null, "Give either --mapping or --mapping-file, not both.");
            }

            var at = mapping.LastIndexOf('@');
            name = at < 0 ? mapping : mapping[..at];
            if (name.Length == 0
                || (at >= 0 && (!int.TryParse(mapping[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out version) || version < 1)))
            {
                return (null, $"--mapping must be a name or name@version (a version from 1), not '{mapping}'.");
            }
        }

        return (new CommonOptions(importId, name, version, options.GetValueOrDefault("--mapping-file"), year), null);
    }

    private static (ImporterCommand?, string?) ParseImport(Uri server, List<string> files, Dictionary<string, string> options)
    {
        if (files.Count != 1)
        {
            return Error(files.Count == 0 ? "Name the file to import." : $"Import one file at a time, not {files.Count}.");
        }

        if (!options.TryGetValue("--format", out var formatText))
        {
            return Error("--format is required: " + string.Join(", ", Formats.Keys) + ".");
        }

        if (!Formats.TryGetValue(formatText, out var format))
        {
            return Error($"Unknown format '{formatText}'; use one of " + string.Join(", ", Formats.Keys) + ".");
        }

        if (options.ContainsKey("--region") || options.ContainsKey("--catalog"))
        {
            return Error("--region and --catalog go with --statline.");
        }

        var (common, commonError) = ParseCommon(options);
        if (common is null)
        {
            return Error(commonError!);
        }

        var command = new ImportFileCommand(
            server, files[0], format, common.ImportId, common.MappingName, common.MappingVersion, common.MappingFile,
            options.GetValueOrDefault("--metadata"), common.Year);
        foreach (var (option, path) in new[] { ("file", command.FilePath), ("--mapping-file", command.MappingFile), ("--metadata", command.MetadataFile) })
        {
            if (path is not null && !File.Exists(path))
            {
                return Error($"{(option == "file" ? "The file" : option)} '{path}' does not exist.");
            }
        }

        return (command, null);
    }

    private static (ImporterCommand?, string?) Error(string message) => (null, message);
}
