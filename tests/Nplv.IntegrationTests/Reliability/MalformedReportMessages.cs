using Grpc.Core;
using Nplv.Contracts;
using Nplv.Measures.V1;
using static Nplv.IntegrationTests.Reliability.GrpcKinds;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>
/// Messages to <c>nplv.measures.v1.ReportsService</c> with one defect each. The writes name the programme office as
/// their actor, and name a <paramref name="period"/> that exists, so it is the defect that refuses them.
/// </summary>
internal sealed class MalformedReportMessages(Random random, GrpcKnownEntities known, string period)
{
    // Whitespace around a code is trimmed, as around every name: "2025-H1\n" is 2025-H1.
    private static readonly string[] BadPeriods = ["", "2025-H3", "2025-Q5", "20251", "1999", "2101", "25-H1", "2025-h1", "2025 H1", "\u0000"];
    private static readonly string[] BadDates = ["", "2025-02-30", "31-12-2025", "2025-13-01", "morgen", "2025-1-1"];

    public MalformedCall Next() => random.Next(6) switch
    {
        0 => CreatePeriod(),
        1 => GetPeriod(),
        2 => GetReport(),
        3 => ListReports(),
        4 => SaveReport(),
        _ => TransitionReport(),
    };

    private MalformedCall CreatePeriod()
    {
        var request = new CreatePeriodRequest { Code = "2099-H2", OpensOn = "2099-12-01", DueOn = "2100-01-31" };
        var defect = random.Pick(new MessageDefect<CreatePeriodRequest>[]
        {
            new(BadCode, r => r.Code = random.Pick(BadPeriods)),
            new(BadDate, r => r.OpensOn = random.Pick(BadDates)),
            new(BadDate, r => r.DueOn = random.Pick(BadDates)),
            new(OutOfRange, r => r.DueOn = "2099-11-01"),
            new(HugeString, r => r.Name = random.Huge(201 + random.Next(5000))),
        });
        return Call("CreatePeriod", request, defect, (t, m, o) => t.ReportsClient.CreatePeriodAsync(m, AsOffice(o)).ResponseAsync);
    }

    private MalformedCall GetPeriod()
    {
        var request = new GetPeriodRequest();
        var defect = new MessageDefect<GetPeriodRequest>(BadCode, r => r.Code = random.Pick(BadPeriods));
        return Call("GetPeriod", request, defect, (t, m, o) => t.ReportsClient.GetPeriodAsync(m, o).ResponseAsync);
    }

    private MalformedCall GetReport()
    {
        var request = new GetReportRequest { MeasureId = AnyMeasure(), Period = period };
        var defect = random.Pick(new MessageDefect<GetReportRequest>[]
        {
            new(BadUuid, r => r.MeasureId = random.AnyBadUuid()),
            new(BadCode, r => r.Period = random.Pick(BadPeriods)),
        });
        return Call("GetReport", request, defect, (t, m, o) => t.ReportsClient.GetReportAsync(m, o).ResponseAsync);
    }

    private MalformedCall ListReports()
    {
        var request = new ListReportsRequest { MeasureId = AnyMeasure() };
        var defect = random.Pick(new MessageDefect<ListReportsRequest>[]
        {
            new(BadUuid, r => r.MeasureId = random.AnyBadUuid()),
            new(MissingRequired, r => r.MeasureId = ""),
            new(OutOfRange, r => r.PageSize = -1 - random.Next(1000)),
            new(UnknownEnum, r => r.State = (ReportState)(50 + random.Next(1000))),
            new(BadPage, r => r.PageToken = BadPageTokens.ForCodes(random)),
            new(BadDate, r => r.AsOf = random.BadMoment()),
        });
        return Call("ListReports", request, defect, (t, m, o) => t.ReportsClient.ListReportsAsync(m, o).ResponseAsync);
    }

    private MalformedCall SaveReport()
    {
        var request = new SaveReportRequest { MeasureId = AnyMeasure(), Period = period, Content = new ReportContent { Done = "Slechte invoer." } };
        var defect = random.Pick(new MessageDefect<SaveReportRequest>[]
        {
            new(BadUuid, r => r.MeasureId = random.AnyBadUuid()),
            new(BadCode, r => r.Period = random.Pick(BadPeriods)),
            new(HugeString, r => r.Content.Done = random.Huge(20_001 + random.Next(20_000))),
            new(NulCharacter, r => r.Content.Obstacles = "a\u0000b"),
            new(UnknownEnum, r => r.Content.Rating = (ProgressRating)(50 + random.Next(1000))),
            new(OutOfRange, r => r.Content.Reach.Add(new Reach { AreaCode = "WK001410", People = -5 })),
            new(OutOfRange, r => r.Version = -1 - random.Next(1000)),
        });
        return Call("SaveReport", request, defect, (t, m, o) => t.ReportsClient.SaveReportAsync(m, AsOffice(o)).ResponseAsync);
    }

    private MalformedCall TransitionReport()
    {
        var request = new TransitionReportRequest { MeasureId = AnyMeasure(), Period = period, Version = 1, ToState = ReportState.Ingediend };
        var defect = random.Pick(new MessageDefect<TransitionReportRequest>[]
        {
            new(BadUuid, r => r.MeasureId = random.AnyBadUuid()),
            new(BadCode, r => r.Period = random.Pick(BadPeriods)),
            new(UnknownEnum, r => r.ToState = (ReportState)(50 + random.Next(1000))),
            new(MissingRequired, r => r.ToState = ReportState.Unspecified),
            new(HugeString, r => (r.ToState, r.Reason) = (ReportState.Teruggestuurd, random.Huge(2001 + random.Next(5000)))),
        });
        return Call("TransitionReport", request, defect, (t, m, o) => t.ReportsClient.TransitionReportAsync(m, AsOffice(o)).ResponseAsync);
    }

    private string AnyMeasure() => random.Pick(known.Measures).Id;

    // Who acts, as the gateway names the signed-in programme office.
    internal static CallOptions AsOffice(CallOptions options)
    {
        var headers = options.Headers ?? [];
        new ActorMetadata("barrage", "Slechte invoer", "programme-office", "").AddTo(headers);
        return options.WithHeaders(headers);
    }

    private static MalformedCall Call<T>(string method, T message, MessageDefect<T> defect, Func<GrpcTargets, T, CallOptions, Task> invoke)
        where T : Google.Protobuf.IMessage
        => MalformedCall.Of("ReportsService/" + method, message, defect, invoke);
}
