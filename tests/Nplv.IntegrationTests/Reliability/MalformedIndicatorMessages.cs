using Grpc.Core;
using Nplv.Indicators.V1;
using static Nplv.IntegrationTests.Reliability.GrpcKinds;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>Messages about areas, indicator definitions and series to <c>nplv.indicators.v1.IndicatorsService</c>, one defect each.</summary>
internal sealed class MalformedIndicatorMessages(Random random, GrpcKnownEntities known)
{
    private const string Indicator = "geregistreerde-werkzoekenden";
    private static readonly string[] BadIndicatorCodes = ["Slechte Code", "HOOFDLETTERS", "a--b", "-a", "a-", "a_b", "één", .. BadValues.Injections];
    private static readonly string[] UnknownAreas = ["WK999999", "gm0014", "XX", "BU0014090O", "NL00"];

    public MalformedCall Next() => random.Next(12) switch
    {
        9 => StreamObservations(),
        10 => ListAreaShapes(),
        11 => ImportAreaShapes(),
        0 => Call("GetArea", new GetAreaRequest(), random.Pick(CodeDefects<GetAreaRequest>((r, v) => r.Code = v, 16, UnknownAreas)),
            (t, m, o) => t.IndicatorsClient.GetAreaAsync(m, o).ResponseAsync),
        1 => ListAreas(),
        2 => Call("BatchGetAreas", new BatchGetAreasRequest { Codes = { "GM0014" } }, random.Pick(BatchDefects<BatchGetAreasRequest>(r => r.Codes, 16, UnknownAreas)),
            (t, m, o) => t.IndicatorsClient.BatchGetAreasAsync(m, o).ResponseAsync),
        3 => CreateIndicator(),
        4 => Call("GetIndicator", new GetIndicatorRequest(), random.Pick(CodeDefects<GetIndicatorRequest>((r, v) => r.Code = v, 64, ["bestaat-niet"])),
            (t, m, o) => t.IndicatorsClient.GetIndicatorAsync(m, o).ResponseAsync),
        5 => UpdateIndicator(),
        6 => ListIndicators(),
        7 => Call("BatchGetIndicators", new BatchGetIndicatorsRequest { Codes = { Indicator } },
            random.Pick(BatchDefects<BatchGetIndicatorsRequest>(r => r.Codes, 64, ["bestaat-niet"])),
            (t, m, o) => t.IndicatorsClient.BatchGetIndicatorsAsync(m, o).ResponseAsync),
        _ => random.Next(2) == 0 ? GetSeries() : BatchGetSeries(),
    };

    private MalformedCall ListAreas() => Call("ListAreas", new ListAreasRequest(), random.Pick(new MessageDefect<ListAreasRequest>[]
    {
        new(UnknownEnum, r => r.Level = (AreaLevel)random.Pick(new[] { 5, 99, -1 })),
        new(HugeString, r => r.ParentCode = random.Longer(16)),
        new(NulCharacter, r => r.ParentCode = "GM" + random.WithNul()),
        new(HugeString, r => r.Programme = random.Longer(100)),
        new(NulCharacter, r => r.Programme = random.WithNul()),
        new(OutOfRange, r => (r.Programme, r.Year) = ("nplv-groningen-noord", random.Pick(new[] { 1899, 2101, -1, int.MaxValue }))),
        new(MissingRequired, r => r.Year = 2020),
        new(BadPage, r => r.PageSize = random.Pick(new[] { -1, 501, int.MinValue, int.MaxValue })),
        new(BadPage, r => r.PageToken = BadPageTokens.ForCodes(random)),
    }), (t, m, o) => t.IndicatorsClient.ListAreasAsync(m, o).ResponseAsync);

    private MalformedCall CreateIndicator()
    {
        var request = new CreateIndicatorRequest { RequestId = random.UnknownId(), Indicator = ValidIndicator("slechte-invoer-" + random.Next(1000)) };
        var defects = DraftDefects().Select(d => new MessageDefect<CreateIndicatorRequest>(d.Kind, r => d.Apply(r.Indicator), d.Status)).Concat(
        [
            new(MissingRequired, r => r.Indicator = null),
            new(BadUuid, r => r.RequestId = random.AnyBadUuid()),
            new(ConflictingCreate, r => r.Indicator.Code = Indicator, StatusCode.AlreadyExists),
        ]);
        return Call("CreateIndicator", request, random.Pick(defects.ToArray()), (t, m, o) => t.IndicatorsClient.CreateIndicatorAsync(m, o).ResponseAsync);
    }

    private MalformedCall UpdateIndicator()
    {
        var request = new UpdateIndicatorRequest { Indicator = known.Indicator.Clone() };
        var defects = DraftDefects().Select(d => new MessageDefect<UpdateIndicatorRequest>(d.Kind, r => d.Apply(r.Indicator), d.Status)).Concat(
        [
            new(MissingRequired, r => r.Indicator = null),
            new(OutOfRange, r => r.Indicator.Version = -random.Next(2)),
            new(StaleVersion, r => r.Indicator.Version += 1 + random.Next(1000), StatusCode.FailedPrecondition),
            MessageDefect<UpdateIndicatorRequest>.Unknown(r => r.Indicator.Code = "bestaat-niet-" + random.Next(1000)),
        ]);
        return Call("UpdateIndicator", request, random.Pick(defects.ToArray()), (t, m, o) => t.IndicatorsClient.UpdateIndicatorAsync(m, o).ResponseAsync);
    }

    private MalformedCall ListIndicators() => Call("ListIndicators", new ListIndicatorsRequest(), random.Pick(new MessageDefect<ListIndicatorsRequest>[]
    {
        new(BadCode, r => r.Theme = random.Pick<string>(["sport", "WERK", " werk", "werk ", "null", .. BadValues.Injections])),
        new(BadPage, r => r.PageSize = random.Pick(new[] { -1, 201, int.MinValue, int.MaxValue })),
        new(BadPage, r => r.PageToken = BadPageTokens.ForCodes(random)),
    }), (t, m, o) => t.IndicatorsClient.ListIndicatorsAsync(m, o).ResponseAsync);

    private MalformedCall GetSeries()
    {
        var request = new GetSeriesRequest { IndicatorCode = Indicator, AreaCodes = { "GM0014" }, FromYear = 2015, ToYear = 2024 };
        var defects = RangeDefects<GetSeriesRequest>(r => r.AreaCodes, (r, from, to) => (r.FromYear, r.ToYear) = (from, to)).Concat(
        [
            new(EmptyString, r => r.IndicatorCode = random.Blank()),
            new(HugeString, r => r.IndicatorCode = random.Longer(64)),
            new(NulCharacter, r => r.IndicatorCode = random.WithNul()),
            new(BadDate, r => r.AsOf = random.BadMoment()),
            MessageDefect<GetSeriesRequest>.Unknown(r => r.IndicatorCode = "bestaat-niet"),
        ]);
        return Call("GetSeries", request, random.Pick(defects.ToArray()), (t, m, o) => t.IndicatorsClient.GetSeriesAsync(m, o).ResponseAsync);
    }

    private MalformedCall BatchGetSeries()
    {
        var request = new BatchGetSeriesRequest { IndicatorCodes = { Indicator }, AreaCodes = { "GM0014" }, FromYear = 2015, ToYear = 2024 };
        var defects = RangeDefects<BatchGetSeriesRequest>(r => r.AreaCodes, (r, from, to) => (r.FromYear, r.ToYear) = (from, to)).Concat(
        [
            new(TooManyItems, r => r.IndicatorCodes.AddRange(Enumerable.Range(0, 50 + random.Next(100)).Select(i => $"code-{i}"))),
            new(Duplicates, r => r.IndicatorCodes.Add(Indicator)),
            new(EmptyString, r => r.IndicatorCodes.Add(random.Blank())),
            new(NulCharacter, r => r.IndicatorCodes.Add(random.WithNul())),
            new(BadDate, r => r.AsOf = random.BadMoment()),
            MessageDefect<BatchGetSeriesRequest>.Unknown(r => r.IndicatorCodes.Add("bestaat-niet")),
        ]);
        return Call("BatchGetSeries", request, random.Pick(defects.ToArray()), (t, m, o) => t.IndicatorsClient.BatchGetSeriesAsync(m, o).ResponseAsync);
    }

    private MalformedCall StreamObservations()
    {
        var request = new StreamObservationsRequest { IndicatorCodes = { Indicator }, AreaCodes = { "GM0014" }, FromYear = 2015, ToYear = 2024 };
        var defects = new MessageDefect<StreamObservationsRequest>[]
        {
            new(TooManyItems, r => r.IndicatorCodes.AddRange(Enumerable.Repeat(Indicator, 200 + random.Next(random.Next(2) == 0 ? 5 : 10_000)))),
            new(TooManyItems, r => r.AreaCodes.AddRange(Enumerable.Repeat("GM0014", 200 + random.Next(random.Next(2) == 0 ? 5 : 10_000)))),
            new(EmptyString, r => r.IndicatorCodes.Add(random.Blank())),
            new(EmptyString, r => r.AreaCodes.Add(random.Blank())),
            new(HugeString, r => r.IndicatorCodes.Add(random.Longer(64))),
            new(HugeString, r => r.AreaCodes.Add(random.Longer(16))),
            new(NulCharacter, r => r.IndicatorCodes.Add(random.WithNul())),
            new(NulCharacter, r => r.AreaCodes.Add("GM" + random.WithNul())),
            // An unknown code in a filter is the request's error, not a missing resource: the stream has no subject.
            new(UnknownReference, r => r.IndicatorCodes.Add("bestaat-niet")),
            new(UnknownReference, r => r.AreaCodes.Add(random.Pick(UnknownAreas))),
            new(OutOfRange, r => r.FromYear = random.Pick(new[] { 1899, -1, 2101, int.MinValue })),
            new(OutOfRange, r => r.ToYear = random.Pick(new[] { 2014, 2101, -1, int.MaxValue })),
            new(BadDate, r => r.AsOf = random.BadMoment()),
        };
        return Call("StreamObservations", request, random.Pick(defects), (t, m, o) => DrainAsync(t.IndicatorsClient.StreamObservations(m, o)));
    }

    private MalformedCall ListAreaShapes() => Call("ListAreaShapes", new ListAreaShapesRequest { Level = AreaLevel.Buurt }, random.Pick(new MessageDefect<ListAreaShapesRequest>[]
    {
        new(UnknownEnum, r => r.Level = (AreaLevel)random.Pick(new[] { 0, 5, 99, -1 })),
        new(OutOfRange, r => r.DivisionYear = random.Pick(new[] { 1899, -1, 2101, int.MinValue, int.MaxValue })),
    }), (t, m, o) => t.IndicatorsClient.ListAreaShapesAsync(m, o).ResponseAsync);

    /// <summary>A kaart's import with bad settings or a file that is no kaart; the settings are its first message.</summary>
    private MalformedCall ImportAreaShapes()
    {
        var request = new AreaShapeSettings { Format = "geojson", DivisionYear = 2020, Source = "slechte invoer" };
        var file = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"buurtcode\":\"BU00141000\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[6.5,53.2],[6.6,53.2],[6.6,53.3],[6.5,53.2]]]}}]}";
        var defects = new MessageDefect<AreaShapeSettings>[]
        {
            new(BadCode, r => r.Format = random.Pick<string>(["", "shapefile", "GeoJSON", "kml", .. BadValues.Injections])),
            new(OutOfRange, r => r.DivisionYear = random.Pick(new[] { 0, 1899, 2101, -1, int.MaxValue })),
            new(BadCode, r => r.Region = random.Pick<string>(["WK001410", "GM14", "gm0014", "NL01", .. BadValues.Injections])),
            new(EmptyString, r => r.Source = random.Blank()),
            new(HugeString, r => r.Source = random.Longer(500)),
            new(NulCharacter, r => r.Source = random.WithNul()),
            new(UnknownReference, r => file = file.Replace("BU00141000", random.Pick(new[] { "BU99999999", "BU03630000", "WK999999" }), StringComparison.Ordinal)),
            new(BadValue, r => file = random.Pick(new[] { "{", "[]", "null", "{\"type\":\"FeatureCollection\"}", "\u0000\u0001", "SQLite format 3" })),
        };
        return Call("ImportAreaShapes", request, random.Pick(defects), async (t, m, o) =>
        {
            using var call = t.IndicatorsClient.ImportAreaShapes(o);
            try
            {
                await call.RequestStream.WriteAsync(new ImportAreaShapesRequest { Settings = m });
                await call.RequestStream.WriteAsync(new ImportAreaShapesRequest { Chunk = Google.Protobuf.ByteString.CopyFromUtf8(file) });
                await call.RequestStream.CompleteAsync();
            }
            catch (Exception ex) when (ex is RpcException or InvalidOperationException)
            {
                // The service refused the settings and ended the call before the file was sent; its answer follows.
            }

            await call.ResponseAsync;
        });
    }

    private static async Task DrainAsync<T>(AsyncServerStreamingCall<T> call)
    {
        using (call)
        {
            while (await call.ResponseStream.MoveNext(CancellationToken.None))
            {
            }
        }
    }

    private IEnumerable<MessageDefect<T>> RangeDefects<T>(Func<T, Google.Protobuf.Collections.RepeatedField<string>> areas, Action<T, int, int> years) =>
    [
        new(MissingRequired, r => areas(r).Clear()),
        new(EmptyString, r => areas(r).Add(random.Blank())),
        new(HugeString, r => areas(r).Add(random.Longer(16))),
        new(UnknownReference, r => areas(r).Add(random.Pick(UnknownAreas))),
        new(TooManyItems, r => areas(r).AddRange(Enumerable.Repeat("GM0014", 200 + random.Next(random.Next(2) == 0 ? 5 : 10_000)))),
        new(OutOfRange, r => years(r, random.Pick(new[] { 1899, 0, -1, int.MinValue }), 2024)),
        new(OutOfRange, r => years(r, 2024, random.Pick(new[] { 2023, 2101, int.MaxValue, 0 }))),
    ];

    private MessageDefect<T>[] CodeDefects<T>(Action<T, string> setCode, int maxLength, string[] unknown) =>
    [
        new(EmptyString, r => setCode(r, random.Blank())),
        new(HugeString, r => setCode(r, random.Longer(maxLength))),
        new(NulCharacter, r => setCode(r, random.WithNul())),
        MessageDefect<T>.Unknown(r => setCode(r, random.Pick(unknown))),
    ];

    private MessageDefect<T>[] BatchDefects<T>(Func<T, Google.Protobuf.Collections.RepeatedField<string>> codes, int maxLength, string[] unknown) =>
    [
        new(TooManyItems, r => codes(r).AddRange(Enumerable.Repeat(codes(r)[0], 200 + random.Next(random.Next(2) == 0 ? 5 : 10_000)))),
        new(EmptyString, r => codes(r).Add(random.Blank())),
        new(HugeString, r => codes(r).Add(random.Longer(maxLength))),
        new(NulCharacter, r => codes(r).Add(random.WithNul())),
        MessageDefect<T>.Unknown(r => codes(r).Add(random.Pick(unknown))),
    ];

    /// <summary>The defects of an indicator's definition, shared by create and update.</summary>
    private MessageDefect<Indicator>[] DraftDefects() =>
    [
        new(BadCode, i => i.Code = random.Pick(BadIndicatorCodes)),
        new(EmptyString, i => i.Code = random.Blank()),
        new(HugeString, i => i.Code = random.Longer(64)),
        new(NulCharacter, i => i.Code += random.WithNul()),
        new(EmptyString, i => i.Name = random.Blank()),
        new(HugeString, i => i.Name = random.Longer(200)),
        new(NulCharacter, i => i.Name += random.WithNul()),
        new(HugeString, i => i.Definition = random.Longer(4000)),
        new(EmptyString, i => i.Unit = random.Blank()),
        new(HugeString, i => i.Unit = random.Longer(50)),
        new(UnknownEnum, i => i.Direction = (Direction)random.Pick(new[] { 0, 3, 99, -1 })),
        new(UnknownEnum, i => i.Aggregation = (Aggregation)random.Pick(new[] { 0, 4, 99, -1 })),
        new(BadCode, i => i.Theme = random.Pick<string>(["", "sport", "WERK", "werk,armoede", .. BadValues.Injections])),
        new(MissingRequired, i => i.Source = null),
        new(HugeString, i => i.Source.Dataset = random.Longer(500)),
        new(NulCharacter, i => i.Source.Column = random.WithNul()),
    ];

    private static Indicator ValidIndicator(string code) => new()
    {
        Code = code,
        Name = "Slechte invoer",
        Unit = "aantal",
        Direction = Direction.LowerIsBetter,
        Theme = "werk",
        Source = new IndicatorSource { Dataset = "Test" },
        Aggregation = Aggregation.Sum,
    };

    private static MalformedCall Call<T>(string method, T message, MessageDefect<T> defect, Func<GrpcTargets, T, CallOptions, Task> invoke)
        where T : Google.Protobuf.IMessage
        => MalformedCall.Of("IndicatorsService/" + method, message, defect, invoke);
}
