using Nplv.Indicators.V1;

namespace Nplv.Importer;

/// <summary>What the command line asks for.</summary>
public abstract record ImporterCommand(Uri Server);

public sealed record ImportFileCommand(
    Uri Server,
    string FilePath,
    ImportFormat Format,
    Guid ImportId,
    string? MappingName = null,
    int MappingVersion = 0,
    string? MappingFile = null,
    string? MetadataFile = null,
    int Year = 0) : ImporterCommand(Server);

/// <summary>A table read by the service from StatLine, for one gemeente.</summary>
public sealed record ImportStatLineCommand(
    Uri Server,
    string Table,
    string Region,
    StatLineCatalog Catalog,
    Guid ImportId,
    string? MappingName = null,
    int MappingVersion = 0,
    string? MappingFile = null,
    int Year = 0) : ImporterCommand(Server);

public sealed record ImportStatusCommand(Uri Server, Guid ImportId) : ImporterCommand(Server);

public sealed record ListMappingsCommand(Uri Server) : ImporterCommand(Server);

public sealed record HelpCommand() : ImporterCommand(CommandLine.DefaultServer);
