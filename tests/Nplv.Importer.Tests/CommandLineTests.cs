using Nplv.Importer;
using Nplv.Indicators.V1;

namespace Nplv.Importer.Tests;

public sealed class CommandLineTests : IDisposable
{
    private readonly string file = Path.GetTempFileName();

    public void Dispose() => File.Delete(file);

    [Fact]
    public void ImportTakesTheFileFormatMappingAndServer()
    {
        var id = Guid.NewGuid();
        var (command, error) = CommandLine.Parse(
            [file, "--format", "cbs-odata-v3", "--mapping", "cbs-kwb-2024@2", "--metadata", file, "--server", "http://indicators:8080", "--import-id", id.ToString()]);

        Assert.Null(error);
        var import = Assert.IsType<ImportFileCommand>(command);
        Assert.Equal(file, import.FilePath);
        Assert.Equal(ImportFormat.CbsOdataV3, import.Format);
        Assert.Equal(("cbs-kwb-2024", 2), (import.MappingName, import.MappingVersion));
        Assert.Equal(file, import.MetadataFile);
        Assert.Equal(new Uri("http://indicators:8080"), import.Server);
        Assert.Equal(id, import.ImportId);
    }

    [Fact]
    public void ImportWithoutVersionOrIdTakesTheNewestMappingAndANewId()
    {
        var (command, _) = CommandLine.Parse([file, "--format", "long-csv", "--mapping", "bench"]);

        var import = Assert.IsType<ImportFileCommand>(command);
        Assert.Equal(("bench", 0), (import.MappingName, import.MappingVersion));
        Assert.Equal(CommandLine.DefaultServer, import.Server);
        Assert.NotEqual(Guid.Empty, import.ImportId);
    }

    [Fact]
    public void StatLineTakesTheTableRegionMappingCatalogueAndYear()
    {
        var (command, error) = CommandLine.Parse(
            ["--statline", "85984NED", "--region", "GM0014", "--mapping", "cbs-kwb-gebieden", "--catalog", "cbs", "--year", "2024"]);

        Assert.Null(error);
        var import = Assert.IsType<ImportStatLineCommand>(command);
        Assert.Equal(("85984NED", "GM0014", StatLineCatalog.Cbs, "cbs-kwb-gebieden", 2024),
            (import.Table, import.Region, import.Catalog, import.MappingName, import.Year));
    }

    [Theory]
    [InlineData("needs --region", "--statline", "50090NED", "--mapping", "a")]
    [InlineData("needs --mapping or --mapping-file", "--statline", "50090NED", "--region", "GM0014")]
    [InlineData("takes no file", "--statline", "50090NED", "--region", "GM0014", "--mapping", "a", "FILE")]
    [InlineData("Unknown catalogue 'statline'", "--statline", "50090NED", "--region", "GM0014", "--mapping", "a", "--catalog", "statline")]
    [InlineData("--year must be a year", "--statline", "50090NED", "--region", "GM0014", "--mapping", "a", "--year", "24")]
    [InlineData("go with --statline", "FILE", "--format", "long-csv", "--region", "GM0014")]
    public void BadStatLineArgumentsAreNamed(string expected, params string[] options)
    {
        var (command, error) = CommandLine.Parse([.. options.Select(o => o == "FILE" ? file : o)]);

        Assert.Null(command);
        Assert.Contains(expected, error);
    }

    [Theory]
    [InlineData("--format is required")]
    [InlineData("Unknown format 'csv'", "--format", "csv")]
    [InlineData("--mapping must be", "--format", "long-csv", "--mapping", "bench@0")]
    [InlineData("--mapping must be", "--format", "long-csv", "--mapping", "@3")]
    [InlineData("either --mapping or --mapping-file", "--format", "long-csv", "--mapping", "a", "--mapping-file", "FILE")]
    [InlineData("--import-id must be a UUID", "--format", "long-csv", "--import-id", "42")]
    [InlineData("--server must be", "--format", "long-csv", "--server", "localhost:5103")]
    [InlineData("--format needs a value", "--format")]
    [InlineData("--format is given twice", "--format", "long-csv", "--format", "long-csv")]
    [InlineData("Unknown option --dry-run", "--format", "long-csv", "--dry-run")]
    [InlineData("one file at a time", "--format", "long-csv", "FILE")]
    public void BadImportArgumentsAreNamed(string expected, params string[] options)
    {
        var (command, error) = CommandLine.Parse([file, .. options.Select(o => o == "FILE" ? file : o)]);

        Assert.Null(command);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void AMissingFileIsAUsageError()
    {
        var (command, error) = CommandLine.Parse(["/nonexistent/observations.csv", "--format", "long-csv"]);

        Assert.Null(command);
        Assert.Contains("'/nonexistent/observations.csv' does not exist", error);
    }

    [Fact]
    public void StatusAndListMappingsTakeOnlyTheServerBesides()
    {
        var id = Guid.NewGuid();

        Assert.Equal(new ImportStatusCommand(CommandLine.DefaultServer, id), CommandLine.Parse(["--status", id.ToString()]).Command);
        Assert.Equal(new ListMappingsCommand(new Uri("http://x:1")), CommandLine.Parse(["--list-mappings", "--server", "http://x:1"]).Command);
        Assert.Contains("--status needs an import id", CommandLine.Parse(["--status", "yesterday"]).Error);
        Assert.Contains("--list-mappings takes no file", CommandLine.Parse(["--list-mappings", file]).Error);
        Assert.Contains("--status takes an import id", CommandLine.Parse(["--status", id.ToString(), "--format", "long-csv"]).Error);
    }
}
