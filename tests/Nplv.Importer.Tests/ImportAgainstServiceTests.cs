using System.Text;
using Nplv.Importer;
using Nplv.Indicators.V1;

namespace Nplv.Importer.Tests;

public sealed class ImportAgainstServiceTests(IndicatorsServiceFixture service) : IClassFixture<IndicatorsServiceFixture>, IDisposable
{
    private const string Header = "indicator,area,period,value,status,source";
    private readonly string _folder = Directory.CreateTempSubdirectory("nplv-importer-tests").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed record Run(int ExitCode, string Output, string Error);

    private async Task<Run> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await ImporterApp.RunAsync(
            [.. args, "--server", service.Address.ToString()], new ImporterConsole(output, error, ErrorIsTerminal: false), CancellationToken.None);
        return new Run(exitCode, output.ToString(), error.ToString());
    }

    private string WriteFile(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines.Prepend(Header), new UTF8Encoding(false));
        return path;
    }

    private async Task<string> NewIndicatorAsync()
    {
        var code = "import-cli-" + Guid.NewGuid().ToString("N")[..8];
        await service.Client.CreateIndicatorAsync(new CreateIndicatorRequest
        {
            Indicator = new Indicator
            {
                Code = code, Name = "Importer test " + code, Unit = "%", Direction = Direction.LowerIsBetter, Theme = "armoede",
                Source = new IndicatorSource { Dataset = "test" }, Aggregation = Aggregation.Sum,
            },
        });
        return code;
    }

    [Fact]
    public async Task OneCommandLoadsAStatLineTablesAreasAndThenItsFigures()
    {
        var areas = await RunAsync("--statline", "50090NED", "--region", "GM0014", "--mapping", "rivm-50090ned-gebieden");
        var figures = await RunAsync("--statline", "50090NED", "--region", "GM0014", "--mapping", "rivm-50090ned-18plus");

        Assert.True(areas.ExitCode == ExitCodes.Succeeded, areas.Output + areas.Error);
        Assert.Contains("table          50090NED Gezondheid per wijk en buurt", areas.Output, StringComparison.Ordinal);
        Assert.Contains("(cbs-third-party, modified 2022-11-30)", areas.Output, StringComparison.Ordinal);
        Assert.Matches(@"areas +[1-9]\d* written, \d+ unchanged", areas.Output);
        Assert.True(figures.ExitCode == ExitCodes.Succeeded, figures.Output + figures.Error);
        Assert.Matches(@"written +[1-9][\d,]+", figures.Output);
        Assert.Contains("Importing StatLine table 50090NED for GM0014", figures.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStatLineThatCannotBeReachedIsSaidSoAndNothingIsRecorded()
    {
        service.StatLine.Fail("/TableInfos", times: 100);
        var importId = Guid.NewGuid().ToString();

        var run = await RunAsync("--statline", "50090NED", "--region", "GM0014", "--mapping", "rivm-50090ned-18plus", "--import-id", importId);
        service.StatLine.Fail("/TableInfos", times: 0);

        Assert.Equal(ExitCodes.ServiceUnreachable, run.ExitCode);
        Assert.Contains("\nStatLine answered 503", run.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadUsage, (await RunAsync("--statline", "50090NED", "--region", "Groningen", "--mapping", "rivm-50090ned-18plus")).ExitCode);
        Assert.NotEqual(ExitCodes.Succeeded, (await RunAsync("--status", importId)).ExitCode);
    }

    [Fact]
    public async Task AFileOfSeveralChunksIsImportedAndTheSameFileAgainWritesNothing()
    {
        string[] codes = [await NewIndicatorAsync(), await NewIndicatorAsync(), await NewIndicatorAsync(), await NewIndicatorAsync()];
        // Long sources make the file span more than one 256 KiB chunk.
        var source = "CBS test " + new string('x', 400);
        var rows = (from code in codes
                    from area in new[] { "BU00141000", "BU00141001" }
                    from year in Enumerable.Range(2016, 85)
                    select $"{code},{area},{year}JJ00,{year - 2000}.{area[^1]},definitief,{source}").ToList();
        var file = WriteFile("observations.csv", rows);
        Assert.True(new FileInfo(file).Length > ImportUpload.ChunkSize);
        var importId = Guid.NewGuid().ToString();

        var first = await RunAsync(file, "--format", "long-csv", "--import-id", importId);
        var again = await RunAsync(file, "--format", "long-csv");
        var status = await RunAsync("--status", importId);
        var sameId = await RunAsync(file, "--format", "long-csv", "--import-id", importId);

        Assert.True(first.ExitCode == ExitCodes.Succeeded, first.Output + first.Error);
        Assert.Contains($"Import {importId} succeeded", first.Output);
        Assert.Contains("rows read      680 in", first.Output);
        Assert.Contains("written        680", first.Output);
        Assert.Contains($"as import {importId}", first.Error);
        Assert.Equal(ExitCodes.Succeeded, again.ExitCode);
        Assert.Contains("written        0", again.Output);
        Assert.Contains("unchanged      680", again.Output);
        Assert.Equal(ExitCodes.Succeeded, status.ExitCode);
        Assert.Contains($"Import {importId} succeeded", status.Output);
        Assert.Contains("written        680", status.Output);
        // The same id again answers the recorded outcome (not "unchanged"), without sending the file.
        Assert.Equal(ExitCodes.Succeeded, sameId.ExitCode);
        Assert.Contains("written        680", sameId.Output);
    }

    [Fact]
    public async Task AFileWithBadRowsFailsWithExitCode1NamingTheLineAndField()
    {
        var code = await NewIndicatorAsync();
        var file = WriteFile("bad.csv", [$"{code},BU00141000,2020JJ00,12.5,definitief,t", $"{code},BU00141000,2021JJ00,twelve,definitief,t"]);

        var run = await RunAsync(file, "--format", "long-csv");

        Assert.Equal(ExitCodes.ImportFailed, run.ExitCode);
        Assert.Contains("FAILED", run.Output);
        Assert.Matches(@"Errors \(1\):\n  bad_value at line 3, field value: ", run.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task AFileThatCannotBeReadToItsEndExits2AndImportsNothing()
    {
        // A file that opens, and whose first read fails: the memory at address 0 of this process is never mapped.
        const string unreadable = "/proc/self/mem";

        var run = await RunAsync(unreadable, "--format", "long-csv");

        Assert.True(run.ExitCode == ExitCodes.BadUsage, run.Output + run.Error);
        Assert.Contains($"'{unreadable}' could not be read to its end", run.Error);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStatusOfAnImportStillRunningExits4()
    {
        var importId = Guid.NewGuid().ToString();
        // An import whose file has not come to its end yet.
        using var call = service.Imports.ImportObservations();
        await call.RequestStream.WriteAsync(new ImportObservationsRequest
        {
            Settings = new ImportSettings { ImportId = importId, Format = ImportFormat.LongCsv, FileName = "slow.csv" },
        });
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(ImportState.Running, call.ResponseStream.Current.State);

        var status = await RunAsync("--status", importId);

        Assert.Equal(ExitCodes.StillRunning, status.ExitCode);
        Assert.Contains($"Import {importId} is running", status.Output);
    }

    [Fact]
    public async Task SettingsTheServiceRejectsExit2WithEachField()
    {
        var file = WriteFile("any.csv", []);

        var run = await RunAsync(file, "--format", "cbs-odata-v3", "--mapping", "no-such-mapping@3");

        Assert.Equal(ExitCodes.BadUsage, run.ExitCode);
        Assert.Contains("The service rejected the import", run.Error);
        Assert.Contains("settings.mapping_name: no mapping 'no-such-mapping' with version 3", run.Error);
    }

    [Fact]
    public async Task TheServicesMappingsAreListedAndAnUnknownImportIsReported()
    {
        var mappings = await RunAsync("--list-mappings");
        var unknown = await RunAsync("--status", Guid.NewGuid().ToString());

        var known = (await service.Imports.ListImportMappingsAsync(new ListImportMappingsRequest())).Mappings;
        Assert.Equal(ExitCodes.Succeeded, mappings.ExitCode);
        if (known.Count == 0)
        {
            Assert.Equal("The service knows no mappings.", mappings.Output.Trim());
        }

        Assert.All(known, m => Assert.Contains($"{m.Name}@{m.Version}", mappings.Output));
        Assert.Equal(ExitCodes.ImportFailed, unknown.ExitCode);
        Assert.Contains("NotFound", unknown.Error);
    }
}
