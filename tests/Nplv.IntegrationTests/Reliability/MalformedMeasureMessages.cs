using Grpc.Core;
using Nplv.Measures.V1;
using static Nplv.IntegrationTests.Reliability.GrpcKinds;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>Messages to <c>nplv.measures.v1.MeasuresService</c> with one defect each.</summary>
internal sealed class MalformedMeasureMessages(Random random, GrpcKnownEntities known)
{
    /// <summary>The request id of a seeded measure: reused for another measure, it is a client's mix-up.</summary>
    private const string SeededRequestId = "0195a000-0000-7000-8000-000000000101";

    private static readonly string[] BadShapes = [.. BadValues.AreaCodes.Where(code => code is not ("WK999999" or "BU99999999"))];
    private static readonly string[] BadOptionalDates = [.. BadValues.Dates.Where(date => date.Trim().Length > 0)];

    public MalformedCall Next() => random.Next(6) switch
    {
        0 or 1 => Create(),
        2 => Update(),
        3 => Delete(),
        4 => random.Next(2) == 0 ? Get() : BatchGet(),
        _ => List(),
    };

    private MalformedCall Create()
    {
        var content = Valid(random.UnknownId());
        var defects = ContentDefects(isCreate: true).Concat(
        [
            new(BadUuid, m => m.Id = random.AnyBadUuid()),
            new(ConflictingCreate, m => (m.Id, m.Title) = (SeededRequestId, "Iets anders dan de eerste"), StatusCode.AlreadyExists),
        ]).ToArray();
        var defect = random.Pick(defects);
        defect.Apply(content);
        var request = new CreateMeasureRequest
        {
            RequestId = content.Id, Title = content.Title, Description = content.Description, Theme = content.Theme,
            AreaCodes = { content.AreaCodes }, LeadPartnerId = content.LeadPartnerId, Status = content.Status,
            Participants = { content.Participants }, StartDate = content.StartDate, EndDate = content.EndDate,
            Funding = { content.Funding }, Milestones = { content.Milestones }, Indicators = { content.Indicators },
        };
        return Call("CreateMeasure", request, new(defect.Kind, _ => { }, defect.Status), (t, m, o) => t.MeasuresClient.CreateMeasureAsync(m, o).ResponseAsync);
    }

    private MalformedCall Update()
    {
        var request = new UpdateMeasureRequest { Measure = random.Pick(known.Measures).Clone() };
        var defects = ContentDefects(isCreate: false).Select(d => new MessageDefect<UpdateMeasureRequest>(d.Kind, r => d.Apply(r.Measure), d.Status))
            .Concat(
            [
                new(MissingRequired, r => r.Measure = null),
                new(BadUuid, r => r.Measure.Id = random.AnyBadUuid()),
                new(OutOfRange, r => r.Measure.Version = -random.Next(2)),
                MessageDefect<UpdateMeasureRequest>.Unknown(r => r.Measure.Id = random.UnknownId()),
                new(StaleVersion, r => r.Measure.Version += 1 + random.Next(1000), StatusCode.FailedPrecondition),
            ]).ToArray();
        return Call("UpdateMeasure", request, random.Pick(defects), (t, m, o) => t.MeasuresClient.UpdateMeasureAsync(m, o).ResponseAsync);
    }

    private MalformedCall Delete()
    {
        var measure = random.Pick(known.Measures);
        var request = new DeleteMeasureRequest { Id = measure.Id, Version = measure.Version };
        var defect = random.Pick(new MessageDefect<DeleteMeasureRequest>[]
        {
            new(BadUuid, r => r.Id = random.AnyBadUuid()),
            new(OutOfRange, r => r.Version = -random.Next(2)),
            new(StaleVersion, r => r.Version += 1 + random.Next(1000), StatusCode.FailedPrecondition),
            MessageDefect<DeleteMeasureRequest>.Unknown(r => (r.Id, r.Version) = (random.UnknownId(), 1)),
        });
        return Call("DeleteMeasure", request, defect, (t, m, o) => t.MeasuresClient.DeleteMeasureAsync(m, o).ResponseAsync);
    }

    private MalformedCall Get()
    {
        var defect = random.Pick(new MessageDefect<GetMeasureRequest>[]
        {
            new(BadUuid, r => r.Id = random.AnyBadUuid()),
            new(MissingRequired, r => r.Id = random.Blank()),
            MessageDefect<GetMeasureRequest>.Unknown(r => r.Id = random.UnknownId()),
        });
        return Call("GetMeasure", new GetMeasureRequest(), defect, (t, m, o) => t.MeasuresClient.GetMeasureAsync(m, o).ResponseAsync);
    }

    private MalformedCall BatchGet()
    {
        var request = new BatchGetMeasuresRequest { Ids = { known.Measures[0].Id } };
        var defect = random.Pick(new MessageDefect<BatchGetMeasuresRequest>[]
        {
            new(TooManyItems, r => r.Ids.AddRange(Enumerable.Repeat(known.Measures[0].Id, 200 + random.Next(random.Next(2) == 0 ? 5 : 10_000)))),
            new(BadUuid, r => r.Ids.Add(random.AnyBadUuid())),
            new(MissingRequired, r => r.Ids.Add(random.Blank())),
            MessageDefect<BatchGetMeasuresRequest>.Unknown(r => r.Ids.Add(random.UnknownId())),
        });
        return Call("BatchGetMeasures", request, defect, (t, m, o) => t.MeasuresClient.BatchGetMeasuresAsync(m, o).ResponseAsync);
    }

    private MalformedCall List()
    {
        var defect = random.Pick(new MessageDefect<ListMeasuresRequest>[]
        {
            new(UnknownEnum, r => r.Theme = (Theme)random.Pick(new[] { 8, 99, -1 })),
            new(UnknownEnum, r => r.Status = (MeasureStatus)random.Pick(new[] { 6, 99, -1 })),
            new(HugeString, r => r.AreaCode = random.Longer(16)),
            new(NulCharacter, r => r.AreaCode = "WK00" + random.WithNul()),
            new(TooManyItems, r => r.AreaCodes.AddRange(Enumerable.Repeat("WK001410", 201 + random.Next(random.Next(2) == 0 ? 5 : 10_000)))),
            new(MissingRequired, r => r.AreaCodes.AddRange(["WK001410", random.Blank()])),
            new(BadUuid, r => r.PartnerId = random.AnyBadUuid()),
            new(BadPage, r => r.PageSize = random.Pick(new[] { -1, 201, int.MaxValue, int.MinValue })),
            new(BadPage, r => r.PageToken = BadPageTokens.ForIds(random)),
            new(BadDate, r => r.AsOf = random.BadMoment()),
        });
        return Call("ListMeasures", new ListMeasuresRequest(), defect, (t, m, o) => t.MeasuresClient.ListMeasuresAsync(m, o).ResponseAsync);
    }

    /// <summary>A valid measure; its id field carries a create's request id.</summary>
    private static Measure Valid(string requestId = "") => new()
    {
        Id = requestId,
        Title = "Slechte invoer",
        Theme = Theme.Werk,
        AreaCodes = { "WK001410" },
        LeadPartnerId = GatewayClient.GemeenteGroningen,
        Participants = { new Participant { PartnerId = GatewayClient.WerkPro, Role = "begeleiding" } },
        StartDate = "2025-01-01",
        EndDate = "2027-12-31",
        Funding = { new FundingLine { Source = "Regio Deal", AmountCents = 12_500_000, FromYear = 2025, ToYear = 2027 } },
        Milestones = { new Milestone { Title = "Eerste tien plekken", DueDate = "2025-06-30" } },
        Indicators = { new IndicatorLink { IndicatorCode = "geregistreerde-werkzoekenden", ExpectedDirection = ExpectedDirection.Down } },
    };

    /// <summary>The defects of a measure's content, shared by create and update (where a status is required).</summary>
    private MessageDefect<Measure>[] ContentDefects(bool isCreate)
    {
        static Participant Participant(Measure m) => m.Participants.FirstOrDefault() ?? Added(m.Participants, new Participant { PartnerId = GatewayClient.AlfaCollege });
        static FundingLine Funding(Measure m) => m.Funding.FirstOrDefault() ?? Added(m.Funding, Valid().Funding[0]);
        static Milestone Milestone(Measure m) => m.Milestones.FirstOrDefault() ?? Added(m.Milestones, Valid().Milestones[0]);
        static IndicatorLink Link(Measure m) => m.Indicators.FirstOrDefault() ?? Added(m.Indicators, Valid().Indicators[0]);
        return
        [
            new(EmptyString, m => m.Title = random.Blank()),
            new(EmptyString, m => Funding(m).Source = random.Blank()),
            new(EmptyString, m => Milestone(m).Title = random.Blank()),
            new(EmptyString, m => Link(m).IndicatorCode = random.Blank()),
            new(HugeString, m => m.Title = random.Longer(200)),
            new(HugeString, m => m.Description = random.Longer(10_000)),
            new(HugeString, m => Participant(m).Role = random.Longer(500)),
            new(HugeString, m => Funding(m).Source = random.Longer(200)),
            new(HugeString, m => Milestone(m).Title = random.Longer(200)),
            new(HugeString, m => Link(m).IndicatorCode = random.Longer(64)),
            new(NulCharacter, m => m.Title += random.WithNul()),
            new(NulCharacter, m => m.Description = random.WithNul()),
            new(NulCharacter, m => Participant(m).Role = random.WithNul()),
            new(NulCharacter, m => Funding(m).Source += random.WithNul()),
            new(NulCharacter, m => Milestone(m).Title += random.WithNul()),
            new(NulCharacter, m => Link(m).IndicatorCode += random.WithNul()),
            new(BadUuid, m => m.LeadPartnerId = random.AnyBadUuid()),
            new(BadUuid, m => Participant(m).PartnerId = random.AnyBadUuid()),
            new(MissingRequired, m => m.LeadPartnerId = random.Blank()),
            new(MissingRequired, m => Participant(m).PartnerId = random.Blank()),
            new(MissingRequired, m => Milestone(m).DueDate = random.Blank()),
            new(UnknownEnum, m => m.Theme = (Theme)random.Pick(new[] { 0, 8, 99, -1 })),
            new(UnknownEnum, m => m.Status = (MeasureStatus)random.Pick(isCreate ? new[] { 6, 99, -1 } : [0, 6, 99, -1])),
            new(UnknownEnum, m => Link(m).ExpectedDirection = (ExpectedDirection)random.Pick(new[] { 0, 3, 99, -1 })),
            new(BadCode, m => m.AreaCodes.Add(random.Pick(BadShapes))),
            new(UnknownReference, m => m.LeadPartnerId = random.UnknownId()),
            new(UnknownReference, m => Participant(m).PartnerId = random.UnknownId()),
            new(UnknownReference, m => m.AreaCodes.Add(random.Pick(new[] { "WK999999", "BU99999999" }))),
            new(UnknownReference, m => Link(m).IndicatorCode = random.Pick(new[] { "bestaat-niet", "Geregistreerde-Werkzoekenden", "-" })),
            new(BadDate, m => m.StartDate = random.Pick(BadOptionalDates)),
            new(BadDate, m => m.EndDate = random.Pick(BadOptionalDates)),
            new(BadDate, m => Milestone(m).DueDate = random.Pick(BadOptionalDates)),
            new(BadDate, m => (m.StartDate, m.EndDate) = ("2027-01-01", "2026-12-31")),
            new(OutOfRange, m => Funding(m).AmountCents = random.Pick(new[] { 0, -1, long.MinValue, 1_000_000_000_001, long.MaxValue })),
            new(OutOfRange, m => Funding(m).FromYear = random.Pick(new[] { 1999, 0, -1, 2101, int.MinValue })),
            new(OutOfRange, m => (Funding(m).FromYear, Funding(m).ToYear) = (2026, random.Next(2) == 0 ? 2025 : 2101)),
            new(TooManyItems, m => m.AreaCodes.AddRange(Enumerable.Repeat("WK001410", 201 + random.Next(random.Next(2) == 0 ? 5 : 10_000)))),
            new(TooManyItems, m => m.Participants.AddRange(Enumerable.Range(0, 201).Select(_ => new Participant { PartnerId = random.UnknownId() }))),
            new(TooManyItems, m => m.Funding.AddRange(Enumerable.Range(0, 201).Select(_ => Valid().Funding[0]))),
            new(TooManyItems, m => m.Milestones.AddRange(Enumerable.Range(0, 201).Select(_ => Valid().Milestones[0]))),
            new(TooManyItems, m => m.Indicators.AddRange(Enumerable.Range(0, 201)
                .Select(i => new IndicatorLink { IndicatorCode = $"code-{i}", ExpectedDirection = ExpectedDirection.Up }))),
            new(Duplicates, m => m.Participants.AddRange([Participant(m).Clone()])),
            new(Duplicates, m => Participant(m).PartnerId = m.LeadPartnerId),
            new(Duplicates, m => m.Indicators.AddRange([Link(m).Clone()])),
        ];
    }

    private static T Added<T>(Google.Protobuf.Collections.RepeatedField<T> list, T item)
    {
        list.Add(item);
        return item;
    }

    private static MalformedCall Call<T>(string method, T message, MessageDefect<T> defect, Func<GrpcTargets, T, CallOptions, Task> invoke)
        where T : Google.Protobuf.IMessage
        => MalformedCall.Of("MeasuresService/" + method, message, defect, invoke);
}
