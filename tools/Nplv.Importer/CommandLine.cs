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
          nplv import <file> --format long-csv|cbs-odata-v3|cbs-odata-v4|leefbaarometer-csv
                      [--mapping name[@version]] [--mapping-file mapping.json] [--metadata DataProperties.json]
                      [--import-id <uuid>] [--server http://localhost:5103]
          nplv import --list-mappings [--server URL]
          nplv import --status <import id> [--server URL]

        Streams the file to the indicators service, shows progress on stderr and prints the outcome.
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
    };

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
                case "--format" or "--mapping" or "--mapping-file" or "--metadata" or "--server" or "--import-id" or "--status":
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

        return ParseImport(server, files, options);
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

        var importId = Guid.CreateVersion7();
        if (options.TryGetValue("--import-id", out var idText) && !Guid.TryParse(idText, out importId))
        {
            return Error($"--import-id must be a UUID, not '{idText}'.");
        }

        string? mappingName = null;
        var mappingVersion = 0;
        if (options.TryGetValue("--mapping", out var mapping))
        {
            if (options.ContainsKey("--mapping-file"))
            {
                return Error("Give either --mapping or --mapping-file, not both.");
            }

            var at = mapping.LastIndexOf('@');
            mappingName = at < 0 ? mapping : mapping[..at];
            if (mappingName.Length == 0
                || (at >= 0 && (!int.TryParse(mapping[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out mappingVersion) || mappingVersion < 1)))
            {
                return Error($"--mapping must be a name or name@version (a version from 1), not '{mapping}'.");
            }
        }

        var command = new ImportFileCommand(
            server, files[0], format, importId, mappingName, mappingVersion, options.GetValueOrDefault("--mapping-file"), options.GetValueOrDefault("--metadata"));
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
