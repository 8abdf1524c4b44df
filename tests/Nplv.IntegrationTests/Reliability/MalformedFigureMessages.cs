using Google.Protobuf;
using Grpc.Core;
using Nplv.Indicators.V1;
using static Nplv.IntegrationTests.Reliability.GrpcKinds;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>
/// Messages about figures to <c>nplv.indicators.v1.IndicatorsService</c>: observations, latest values, targets and
/// imports, one defect each. None may record a figure, a target or an import.
/// </summary>
internal sealed class MalformedFigureMessages(Random random)
{
    private const string Indicator = "geregistreerde-werkzoekenden";
    private static readonly double[] NonFinite = [double.NaN, double.PositiveInfinity, double.NegativeInfinity];

    public MalformedCall Next() => random.Next(7) switch
    {
        0 or 1 => RecordObservations(),
        2 => GetLatestValues(),
        3 => SetTarget(),
        4 => ListTargets(),
        5 => GetImport(),
        _ => ImportObservations(),
    };

    private MalformedCall RecordObservations()
    {
        var request = new RecordObservationsRequest();
        foreach (var area in new[] { "BU00140900", "WK001409", "GM0014" }.Take(1 + random.Next(3)))
        {
            request.Observations.Add(new Observation
            {
                IndicatorCode = Indicator, AreaCode = area, Year = 2017, Value = 1, Status = ObservationStatus.Definitief, Source = "Test",
            });
        }

        static Observation Any(RecordObservationsRequest r, Random random) => r.Observations[random.Next(r.Observations.Count)];
        var defect = random.Pick(new MessageDefect<RecordObservationsRequest>[]
        {
            new(MissingRequired, r => r.Observations.Clear()),
            new(TooManyItems, r => r.Observations.AddRange(Enumerable.Range(0, 10_001).Select(i => new Observation
            {
                IndicatorCode = Indicator, AreaCode = "GM0014", Year = 1900 + (i % 200), Status = ObservationStatus.Voorlopig, Source = "Test",
            }))),
            new(NonFiniteNumber, r => Any(r, random).Value = random.Pick(NonFinite)),
            new(OutOfRange, r => Any(r, random).Year = random.Pick(new[] { 1899, 2101, 0, int.MinValue })),
            new(UnknownEnum, r => Any(r, random).Status = (ObservationStatus)random.Pick(new[] { 0, 3, 99, -1 })),
            new(EmptyString, r => Any(r, random).Source = random.Blank()),
            new(HugeString, r => Any(r, random).Source = random.Longer(500)),
            new(NulCharacter, r => Any(r, random).Source += random.WithNul()),
            new(UnknownReference, r => Any(r, random).IndicatorCode = random.Pick(new[] { "bestaat-niet", "", Indicator.ToUpperInvariant() })),
            new(UnknownReference, r => Any(r, random).AreaCode = random.Pick(new[] { "WK999999", "", "gm0014" })),
            new(NulCharacter, r => Any(r, random).IndicatorCode += random.WithNul()),
            new(NulCharacter, r => Any(r, random).AreaCode += random.WithNul()),
            new(Duplicates, r => r.Observations.Add(r.Observations[0].Clone())),
        });
        return Call("RecordObservations", request, defect, (t, m, o) => t.IndicatorsClient.RecordObservationsAsync(m, o).ResponseAsync);
    }

    private MalformedCall GetLatestValues()
    {
        var request = new GetLatestValuesRequest { AreaCode = "GM0014", IndicatorCodes = { Indicator } };
        var defect = random.Pick(new MessageDefect<GetLatestValuesRequest>[]
        {
            new(EmptyString, r => r.AreaCode = random.Blank()),
            new(HugeString, r => r.AreaCode = random.Longer(16)),
            new(NulCharacter, r => r.AreaCode = "GM" + random.WithNul()),
            MessageDefect<GetLatestValuesRequest>.Unknown(r => r.AreaCode = "WK999999"),
            new(TooManyItems, r => r.IndicatorCodes.AddRange(Enumerable.Repeat(Indicator, 200 + random.Next(random.Next(2) == 0 ? 5 : 10_000)))),
            new(UnknownReference, r => r.IndicatorCodes.Add(random.Pick(new[] { "bestaat-niet", "", "   " }))),
            new(NulCharacter, r => r.IndicatorCodes.Add(Indicator + random.WithNul())),
        });
        return Call("GetLatestValues", request, defect, (t, m, o) => t.IndicatorsClient.GetLatestValuesAsync(m, o).ResponseAsync);
    }

    private MalformedCall SetTarget()
    {
        var request = new SetTargetRequest
        {
            Target = new Target
            {
                IndicatorCode = Indicator, AreaCode = "WK001410", BaselineYear = 2016, BaselineValue = 100, TargetYear = 2030,
                AbsoluteValue = 80, Source = "Test",
            },
        };
        var defect = random.Pick(new MessageDefect<SetTargetRequest>[]
        {
            new(MissingRequired, r => r.Target = null),
            new(EmptyString, r => r.Target.IndicatorCode = random.Blank()),
            new(HugeString, r => r.Target.IndicatorCode = random.Longer(64)),
            new(EmptyString, r => r.Target.AreaCode = random.Blank()),
            new(NulCharacter, r => r.Target.AreaCode += random.WithNul()),
            new(OutOfRange, r => r.Target.BaselineYear = random.Pick(new[] { 1899, 2101, 0 })),
            new(NonFiniteNumber, r => r.Target.BaselineValue = random.Pick(NonFinite)),
            new(OutOfRange, r => r.Target.TargetYear = random.Pick(new[] { 2016, 2000, 2101, int.MaxValue })),
            new(MissingRequired, r => r.Target.ClearGoal()),
            new(NonFiniteNumber, r => r.Target.AbsoluteValue = random.Pick(NonFinite)),
            new(EmptyString, r => r.Target.Source = random.Blank()),
            new(HugeString, r => r.Target.Source = random.Longer(500)),
            new(OutOfRange, r => r.Target.Version = -1 - random.Next(1000)),
            new(EmptyString, r => r.Target.Relative = new RelativeGoal { ReferenceAreaCode = random.Blank(), GapFraction = 0.5 }),
            new(OutOfRange, r => r.Target.Relative = new RelativeGoal
            {
                ReferenceAreaCode = "GM0014", GapFraction = random.Pick(new[] { 0, -0.5, 1.5, double.NaN, double.PositiveInfinity }),
            }),
            new(UnknownReference, r => r.Target.IndicatorCode = "bestaat-niet"),
            new(UnknownReference, r => r.Target.AreaCode = "WK999999"),
            new(UnknownReference, r => r.Target.Relative = new RelativeGoal { ReferenceAreaCode = "WK999999", GapFraction = 0.5 }),
        });
        return Call("SetTarget", request, defect, (t, m, o) => t.IndicatorsClient.SetTargetAsync(m, o).ResponseAsync);
    }

    private MalformedCall ListTargets() => Call("ListTargets", new ListTargetsRequest(), random.Pick(new MessageDefect<ListTargetsRequest>[]
    {
        new(HugeString, r => r.AreaCode = random.Longer(16)),
        new(NulCharacter, r => r.AreaCode = random.WithNul()),
        new(HugeString, r => r.IndicatorCode = random.Longer(64)),
        new(NulCharacter, r => r.IndicatorCode = Indicator + random.WithNul()),
    }), (t, m, o) => t.IndicatorsClient.ListTargetsAsync(m, o).ResponseAsync);

    private MalformedCall GetImport() => MalformedCall.Of("ImportsService/GetImport", new GetImportRequest(), random.Pick(new MessageDefect<GetImportRequest>[]
    {
        new(BadUuid, r => r.ImportId = random.AnyBadUuid()),
        new(MissingRequired, r => r.ImportId = random.Blank()),
        MessageDefect<GetImportRequest>.Unknown(r => r.ImportId = random.UnknownId()),
    }), (t, m, o) => t.ImportsClient.GetImportAsync(m, o).ResponseAsync);

    /// <summary>An import stream that starts without settings, or with settings the service refuses before reading the file.</summary>
    private MalformedCall ImportObservations()
    {
        var settings = new ImportSettings { ImportId = random.UnknownId(), Format = ImportFormat.LongCsv, FileName = "cijfers.csv" };
        var file = new ImportObservationsRequest { Chunk = ByteString.CopyFromUtf8("indicator,area,period,value,status,source\n") };
        var defect = random.Pick(new MessageDefect<ImportSettings>[]
        {
            new(BadUuid, s => s.ImportId = random.AnyBadUuid()),
            new(MissingRequired, s => s.ImportId = random.Blank()),
            new(UnknownEnum, s => s.Format = (ImportFormat)random.Pick(new[] { 0, 5, 99, -1 })),
            new(HugeString, s => s.FileName = random.Longer(500)),
            new(NulCharacter, s => s.FileName += random.WithNul()),
            new(BadImportSettings, s => (s.MappingName, s.MappingDocument) = ("cbs-kwb-2016", "{}")),
            new(BadImportSettings, s => s.MappingName = random.Pick(new[] { "bestaat-niet", "cbs-kwb-2016" })),
            new(BadImportSettings, s => (s.MappingName, s.MappingVersion) = ("leefbaarometer-buurten", random.Pick(new[] { -1, 99, int.MinValue }))),
            new(BadImportSettings, s => s.MappingDocument = random.Pick(new[] { "{", "[]", "null", "{\"name\":\"x\"}", "{\"columns\":{\"A\":null}}" })),
            new(BadImportSettings, s => s.Metadata = ByteString.CopyFromUtf8("{\"value\":[]}")),
            new(BadImportSettings, s => s.Format = random.Pick(new[] { ImportFormat.CbsOdataV3, ImportFormat.CbsOdataV4, ImportFormat.LeefbaarometerCsv })),
        });
        defect.Apply(settings);
        ImportObservationsRequest[] messages = random.Next(8) switch
        {
            0 => [],
            1 => [file, new ImportObservationsRequest { Settings = settings }],
            _ => [new ImportObservationsRequest { Settings = settings }, file],
        };
        var kind = messages.Length == 0 || messages[0] == file ? MissingRequired : defect.Kind;
        return new MalformedCall(kind, "ImportsService/ImportObservations", BarrageReport.Snippet(string.Join(" ", messages.Select(m => m.ToString())), 240),
            (targets, options) => ImportAsync(targets, messages, options), Statuses.InvalidArgument);
    }

    /// <summary>Sends the messages and reads the answers to the end, where a refusal surfaces with its status.</summary>
    public static async Task ImportAsync(GrpcTargets targets, IReadOnlyList<ImportObservationsRequest> messages, CallOptions options)
    {
        using var call = targets.ImportsClient.ImportObservations(options);
        try
        {
            foreach (var message in messages)
            {
                await call.RequestStream.WriteAsync(message);
            }

            await call.RequestStream.CompleteAsync();
        }
        catch (Exception ex) when (ex is RpcException or InvalidOperationException)
        {
            // The service may end the call before it has taken every message: its status follows when reading.
        }

        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
        }
    }

    private static MalformedCall Call<T>(string method, T message, MessageDefect<T> defect, Func<GrpcTargets, T, CallOptions, Task> invoke)
        where T : IMessage
        => MalformedCall.Of("IndicatorsService/" + method, message, defect, invoke);
}
