using Grpc.Core;
using Nplv.Indicators.V1;
using Nplv.Testing;
using static Nplv.Indicators.Tests.ObservationRequests;

namespace Nplv.Indicators.Tests.Imports;

[Collection(IndicatorsServiceCollection.Name)]
public sealed class LongCsvImportTests(IndicatorsServiceFixture fixture)
{
    private readonly IndicatorsService.IndicatorsServiceClient _client = fixture.Client;
    private readonly ImportsService.ImportsServiceClient _imports = fixture.Imports;

    private const string Header = "indicator,area,period,value,status,source\n";

    private async Task<IReadOnlyList<SeriesPoint>> Points(Indicator indicator, string area)
        => (await _client.GetSeriesAsync(new GetSeriesRequest
        {
            IndicatorCode = indicator.Code, AreaCodes = { area }, FromYear = 1900, ToYear = 2100,
        })).Series[0].Points;

    [Fact]
    public async Task ALongCsvIsImportedWithProgressAndItsFiguresBecomeSeries()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        var file = Header +
                   $"{indicator.Code},BU00141000,2019JJ00,12.5,definitief,CBS test\n" +
                   $"{indicator.Code},BU00141000,2020,13,voorlopig,CBS test\n" +
                   $"{indicator.Code}, BU00141001 ,2020JJ00,7,,CBS test\n";

        var responses = await _imports.ImportAsync(ImportCalls.LongCsv(), file, chunkSize: 7);

        Assert.Equal(V1.ImportState.Running, responses[0].State);
        var outcome = responses.Outcome();
        Assert.True(V1.ImportState.Succeeded == outcome.State, string.Join("; ", outcome.Errors));
        Assert.Equal((3, 0, 3, 3, 0), (outcome.RowsRead, outcome.RowsRejected, outcome.ObservationsRead, outcome.ObservationsWritten, outcome.ObservationsUnchanged));
        Assert.Equal(file.Length, outcome.BytesRead);
        Assert.NotNull(outcome.EndTime);
        var points = await Points(indicator, "BU00141000");
        Assert.Equal([(2019, 12.5, ObservationStatus.Definitief), (2020, 13, ObservationStatus.Voorlopig)],
            points.Select(p => (p.Year, p.Value, p.Status)));
        Assert.Equal("CBS test", points[0].Source);
        Assert.Equal(7, Assert.Single(await Points(indicator, "BU00141001")).Value);

        var recorded = await _imports.GetImportAsync(new GetImportRequest { ImportId = outcome.ImportId });
        Assert.Equal(outcome.ObservationsWritten, recorded.ObservationsWritten);
        Assert.Equal(V1.ImportState.Succeeded, recorded.State);
    }

    [Fact]
    public async Task ImportingTheSameFileAgainChangesNothingAndTheSameIdAnswersItsOutcomeWithoutReading()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        var file = Header + $"{indicator.Code},BU00141000,2019,1,definitief,t\n{indicator.Code},BU00141001,2019,2,definitief,t\n";
        var settings = ImportCalls.LongCsv();
        var first = (await _imports.ImportAsync(settings, file)).Outcome();

        var again = (await _imports.ImportAsync(ImportCalls.LongCsv(), file)).Outcome();
        var retried = await _imports.ImportAsync(settings, Header + $"{indicator.Code},BU00141000,2019,99,definitief,t\n");

        Assert.Equal((2, 0), (first.ObservationsWritten, first.ObservationsUnchanged));
        Assert.Equal((V1.ImportState.Succeeded, 0, 2), (again.State, again.ObservationsWritten, again.ObservationsUnchanged));
        var answer = Assert.Single(retried);
        Assert.Equal((first.ImportId, 2L), (answer.ImportId, answer.ObservationsWritten));
        Assert.Equal(1, (await Points(indicator, "BU00141000"))[0].Value);
    }

    [Fact]
    public async Task AnErrorInTheLastRowFailsTheImportAndWritesNothing()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        var rows = string.Concat(Enumerable.Range(2016, 50).Select(year => $"{indicator.Code},BU00141000,{2016 + (year - 2016) % 50},{year},definitief,t\n"));

        var outcome = (await _imports.ImportAsync(ImportCalls.LongCsv(), Header + rows + $"{indicator.Code},BU00141001,2020,12;5,definitief,t\n")).Outcome();

        Assert.Equal(V1.ImportState.Failed, outcome.State);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(("bad_value", 52L, "value"), (error.Kind, error.Line, error.Field));
        Assert.Equal(0, outcome.ObservationsWritten);
        Assert.Empty(await Points(indicator, "BU00141000"));
        Assert.Equal(V1.ImportState.Failed, (await _imports.GetImportAsync(new GetImportRequest { ImportId = outcome.ImportId })).State);
    }

    [Fact]
    public async Task SuppressedCellsBecomeMissingValuesNeverZero()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        var file = Header +
                   $"{indicator.Code},BU00141000,2016,.,definitief,t\n" +
                   $"{indicator.Code},BU00141000,2017,-99999999,definitief,t\n" +
                   $"{indicator.Code},BU00141000,2018,,definitief,t\n" +
                   $"{indicator.Code},BU00141000,2019,x,definitief,t\n" +
                   $"{indicator.Code},BU00141000,2020,-2.5,definitief,t\n";

        var outcome = (await _imports.ImportAsync(ImportCalls.LongCsv(), file)).Outcome();

        Assert.Equal((V1.ImportState.Succeeded, 5L, 4L), (outcome.State, outcome.ObservationsWritten, outcome.ValuesMissing));
        var points = await Points(indicator, "BU00141000");
        Assert.Equal([2016, 2017, 2018, 2019, 2020], points.Select(p => p.Year));
        Assert.All(points.Take(4), p => Assert.False(p.HasValue));
        Assert.Equal(-2.5, points[4].Value);
    }

    [Fact]
    public async Task RowsOfUnknownAreasOrYearsOutsideAnAreasCodeAreLeftOutAndReported()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        var file = Header +
                   $"{indicator.Code},BU00141000,2020,1,definitief,t\n" +
                   $"{indicator.Code},BU03630000,2020,2,definitief,t\n" +
                   $"{indicator.Code},BU03630000,2021,3,definitief,t\n" +
                   $"{indicator.Code},BU00141000,2015,4,definitief,t\n";

        var outcome = (await _imports.ImportAsync(ImportCalls.LongCsv(), file)).Outcome();

        Assert.Equal((V1.ImportState.Succeeded, 4L, 3L, 1L), (outcome.State, outcome.RowsRead, outcome.RowsRejected, outcome.ObservationsWritten));
        var unknown = Assert.Single(outcome.Warnings, w => w.Kind == "unknown_area");
        Assert.Equal(("BU03630000", 2L, 3L), (unknown.Field, unknown.Count, unknown.Line));
        Assert.Equal(("BU00141000", 5L), outcome.Warnings.Where(w => w.Kind == "area_not_valid").Select(w => (w.Field, w.Line)).Single());
    }

    [Fact]
    public async Task EachKindOfBadCellIsAnErrorNamingItsLineAndColumn()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        var file = Header +
                   $"{indicator.Code},BU00141000,2024KW01,1,definitief,t\n" +
                   $"{indicator.Code},BU00141000,2020,1,geschat,t\n" +
                   $"no-such-indicator,BU00141000,2020,1,definitief,t\n" +
                   $"{indicator.Code},,2020,1,definitief,t\n" +
                   $"{indicator.Code},BU00141000,2020,1e999,definitief,t\n" +
                   $"{indicator.Code},BU00141000,2021,1,definitief,\n" +
                   $"{indicator.Code},BU00141000,2022,1,definitief\n";

        var outcome = (await _imports.ImportAsync(ImportCalls.LongCsv(), file)).Outcome();

        Assert.Equal(V1.ImportState.Failed, outcome.State);
        Assert.Equal(
            [("bad_period", 2L, "period"), ("bad_status", 3L, "status"), ("unknown_indicator", 4L, "indicator"), ("bad_area", 5L, "area"),
             ("bad_value", 6L, "value"), ("missing_source", 7L, "source"), ("malformed", 8L, "")],
            outcome.Errors.Select(e => (e.Kind, e.Line, e.Field)));
        Assert.Empty(await Points(indicator, "BU00141000"));
    }

    [Fact]
    public async Task AFileThatGivesTheSameObservationTwiceIsRefused()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        var file = Header +
                   $"{indicator.Code},BU00141000,2020,1,definitief,t\n" +
                   $"{indicator.Code},BU00141001,2020,1,definitief,t\n" +
                   $"{indicator.Code},BU00141000,2020JJ00,2,definitief,t\n";

        var outcome = (await _imports.ImportAsync(ImportCalls.LongCsv(), file)).Outcome();

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(("duplicate", 4L), (error.Kind, error.Line));
        Assert.Contains("lines 2 and 4", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Points(indicator, "BU00141000"));
    }

    [Fact]
    public async Task AMappingDocumentRenamesAndScalesTheFilesIndicators()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        var mapping = $$"""
            { "name": "test-share", "version": 2, "format": "long-csv", "source": "Test source", "status": "voorlopig",
              "columns": { "share": { "indicator": "{{indicator.Code}}", "unit": "{{indicator.Unit}}", "scale": 100 } } }
            """;

        var outcome = (await _imports.ImportAsync(ImportCalls.LongCsv(mapping), "indicator,area,period,value\nshare,BU00141000,2020,0.125\n")).Outcome();

        Assert.Equal(("test-share v2", V1.ImportState.Succeeded), (outcome.Mapping, outcome.State));
        var point = Assert.Single(await Points(indicator, "BU00141000"));
        Assert.Equal((12.5, ObservationStatus.Voorlopig, "Test source"), (point.Value, point.Status, point.Source));
    }

    [Fact]
    public async Task BadSettingsAreRefusedBeforeAnythingIsRead()
    {
        var settings = ImportCalls.LongCsv("""{ "name": "x", "version": 1, "format": "long-csv", "source": "s", "columns": { "a": { "indicator": "no-such", "unit": "%" } } }""");
        Assert.Equal(["settings.mapping_document.columns.a.indicator"], await Rejects(settings));

        Assert.Equal(["settings.import_id", "settings.format"], await Rejects(new ImportSettings { ImportId = "nope" }));
        Assert.Equal(["settings.mapping_name"], await Rejects(new ImportSettings
        {
            ImportId = Guid.NewGuid().ToString(), Format = ImportFormat.CbsOdataV3,
        }));
        Assert.Equal(["settings.mapping_name"], await Rejects(new ImportSettings
        {
            ImportId = Guid.NewGuid().ToString(), Format = ImportFormat.LongCsv, MappingName = "no-such-mapping",
        }));
        Assert.Equal(["settings.mapping_document"], await Rejects(ImportCalls.LongCsv("{ not json")));
    }

    [Fact]
    public async Task AnUploadBrokenOffMidFileWritesNothingAndTheRunningImportCannotStartTwice()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        var settings = ImportCalls.LongCsv();
        var upload = _imports.ImportObservations();
        await upload.RequestStream.WriteAsync(new ImportObservationsRequest { Settings = settings });
        await upload.RequestStream.WriteAsync(new ImportObservationsRequest
        {
            Chunk = Google.Protobuf.ByteString.CopyFromUtf8(Header + $"{indicator.Code},BU00141000,2020,1,definitief,t\n"),
        });
        Assert.True(await upload.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(V1.ImportState.Running, upload.ResponseStream.Current.State);

        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => _imports.ImportAsync(settings, Header));
        upload.Dispose();

        var recorded = await Eventually(() => _imports.GetImportAsync(new GetImportRequest { ImportId = settings.ImportId }).ResponseAsync,
            import => import.State != V1.ImportState.Running);
        Assert.Equal(V1.ImportState.Failed, recorded.State);
        Assert.Equal("cancelled", Assert.Single(recorded.Errors).Kind);
        Assert.Empty(await Points(indicator, "BU00141000"));
    }

    private static async Task<T> Eventually<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var value = await read();
            if (done(value) || attempt == 50)
            {
                return value;
            }

            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task ControlCharactersInAFileAreReportedPrintableAndAScaleThatOverflowsIsAnError()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        var nul = Header + $"{indicator.Code},BU0014\u00001000,2020,1,definitief,t\n{indicator.Code},BU00141000,2020,1,definitief,t\n";

        var outcome = (await _imports.ImportAsync(ImportCalls.LongCsv(), nul)).Outcome();
        var recorded = await _imports.GetImportAsync(new GetImportRequest { ImportId = outcome.ImportId });

        Assert.Equal((V1.ImportState.Succeeded, 1L, 1L), (recorded.State, recorded.RowsRejected, recorded.ObservationsWritten));
        Assert.Equal("BU0014\uFFFD1000", Assert.Single(recorded.Warnings).Field);

        var mapping = $$"""
            { "name": "huge", "version": 1, "format": "long-csv", "source": "s",
              "columns": { "x": { "indicator": "{{indicator.Code}}", "unit": "{{indicator.Unit}}", "scale": 1e300 } } }
            """;
        var overflow = (await _imports.ImportAsync(ImportCalls.LongCsv(mapping), "indicator,area,period,value\nx,BU00141000,2021,1e10\n")).Outcome();
        Assert.Equal(("bad_value", 2L), overflow.Errors.Select(e => (e.Kind, e.Line)).Single());
    }

    [Fact]
    public async Task AMappingThatSendsTwoColumnsToOneIndicatorIsRefused()
    {
        var indicator = await _client.NewIndicator(Aggregation.Sum);
        var mapping = $$"""
            { "name": "twice", "version": 1, "format": "long-csv", "source": "s", "columns": {
              "a": { "indicator": "{{indicator.Code}}", "unit": "{{indicator.Unit}}" },
              "b": { "indicator": "{{indicator.Code}}", "unit": "{{indicator.Unit}}" } } }
            """;

        Assert.Equal(["settings.mapping_document.columns"], await Rejects(ImportCalls.LongCsv(mapping)));
    }

    [Fact]
    public async Task AnUnknownImportIsNotFound()
        => await RpcAssert.FailsWith(StatusCode.NotFound,
            () => _imports.GetImportAsync(new GetImportRequest { ImportId = Guid.NewGuid().ToString() }).ResponseAsync);

    private async Task<IReadOnlyList<string>> Rejects(ImportSettings settings)
        => await RpcAssert.RejectsFields(() => _imports.ImportAsync(settings, "indicator,area,period,value\n"));
}
