using Grpc.Core;
using Nplv.Measures.V1;
using static Nplv.IntegrationTests.Reliability.GrpcKinds;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>
/// Messages to <c>nplv.measures.v1.AnnualReportsService</c> with one defect each: requests for a report, reads, and
/// the workers' claims, progress and outcomes. None may queue a report, claim one or end one.
/// </summary>
internal sealed class MalformedAnnualReportMessages(Random random)
{
    public MalformedCall Next() => random.Next(5) switch
    {
        0 => Start(),
        1 => Read(),
        2 => Progress(),
        3 => Download(),
        _ => Claim(),
    };

    private MalformedCall Start()
    {
        var request = new StartAnnualReportRequest { Year = 2025, Scope = AnnualReportScope.Wijk, AreaCode = "WK001410", RequestId = Guid.NewGuid().ToString() };
        var defect = random.Pick(new MessageDefect<StartAnnualReportRequest>[]
        {
            new(OutOfRange, r => r.Year = random.Pick(new[] { 0, 1999, 2101, -1, int.MaxValue })),
            new(MissingRequired, r => r.Scope = AnnualReportScope.Unspecified),
            new(UnknownEnum, r => r.Scope = (AnnualReportScope)(10 + random.Next(1000))),
            new(BadCode, r => r.AreaCode = random.Pick(new[] { "BU00141000", "GM0014", "WK00141", "wk001410", "WK0014100", "\u0000" })),
            new(UnknownReference, r => r.AreaCode = "WK99999" + random.Next(10)),
            new(MissingRequired, r => r.Scope = AnnualReportScope.Theme),
            new(BadValue, r => r.Theme = Theme.Werk),
            new(HugeString, r => r.Introduction = random.Huge(20_001 + random.Next(5000))),
            new(NulCharacter, r => r.Introduction = random.WithNul()),
            new(BadUuid, r => r.RequestId = random.AnyBadUuid()),
            new(BadDate, r => r.AsOf = random.BadMoment()),
            new(BadDate, r => r.AsOf = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(DateTime.UtcNow.AddDays(1 + random.Next(1000)))),
        });
        // An unknown wijk is a field error of the request, not a missing resource.
        defect = defect with { Status = StatusCode.InvalidArgument };
        return Call("StartAnnualReport", request, defect, (t, m, o) => t.AnnualReportsClient.StartAnnualReportAsync(m, MalformedReportMessages.AsOffice(o)).ResponseAsync);
    }

    private MalformedCall Read()
    {
        var request = new GetAnnualReportRequest { Id = Guid.NewGuid().ToString() };
        var defect = random.Pick(new MessageDefect<GetAnnualReportRequest>[]
        {
            new(BadUuid, r => r.Id = random.AnyBadUuid()),
            MessageDefect<GetAnnualReportRequest>.Unknown(r => r.Id = random.UnknownId()),
        });
        return Call("GetAnnualReport", request, defect, (t, m, o) => t.AnnualReportsClient.GetAnnualReportAsync(m, o).ResponseAsync);
    }

    private MalformedCall Progress()
    {
        var request = new ReportAnnualReportProgressRequest { Id = Guid.NewGuid().ToString(), ClaimToken = Guid.NewGuid().ToString(), ProgressPercent = 50, Step = "Bezig" };
        var defect = random.Pick(new MessageDefect<ReportAnnualReportProgressRequest>[]
        {
            new(BadUuid, r => r.Id = random.AnyBadUuid()),
            new(BadUuid, r => r.ClaimToken = random.AnyBadUuid()),
            new(OutOfRange, r => r.ProgressPercent = random.Pick(new[] { -1, 101, int.MinValue, int.MaxValue })),
            new(HugeString, r => r.Step = random.Huge(201 + random.Next(1000))),
            // A claim no worker holds is refused, whatever it says.
            new(StaleVersion, _ => { }, StatusCode.FailedPrecondition),
        });
        return Call("ReportAnnualReportProgress", request, defect, (t, m, o) => t.AnnualReportsClient.ReportAnnualReportProgressAsync(m, o).ResponseAsync);
    }

    private MalformedCall Download()
    {
        var request = new DownloadAnnualReportRequest { Id = Guid.NewGuid().ToString(), Format = AnnualReportFormat.Pdf };
        var defect = random.Pick(new MessageDefect<DownloadAnnualReportRequest>[]
        {
            new(BadUuid, r => r.Id = random.AnyBadUuid()),
            new(MissingRequired, r => r.Format = AnnualReportFormat.Unspecified),
            new(UnknownEnum, r => r.Format = (AnnualReportFormat)(10 + random.Next(1000))),
            MessageDefect<DownloadAnnualReportRequest>.Unknown(r => r.Id = random.UnknownId()),
        });
        return Call("DownloadAnnualReport", request, defect, async (t, m, o) =>
        {
            using var call = t.AnnualReportsClient.DownloadAnnualReport(m, o);
            await foreach (var _ in call.ResponseStream.ReadAllAsync(o.CancellationToken))
            {
            }
        });
    }

    private MalformedCall Claim()
    {
        var request = new ClaimAnnualReportRequest { Worker = "barrage" };
        var defect = random.Pick(new MessageDefect<ClaimAnnualReportRequest>[]
        {
            new(MissingRequired, r => r.Worker = random.Blank()),
            new(HugeString, r => r.Worker = random.Huge(201 + random.Next(1000))),
            new(NulCharacter, r => r.Worker = random.WithNul()),
        });
        return Call("ClaimAnnualReport", request, defect, (t, m, o) => t.AnnualReportsClient.ClaimAnnualReportAsync(m, o).ResponseAsync);
    }

    private static MalformedCall Call<T>(string method, T message, MessageDefect<T> defect, Func<GrpcTargets, T, CallOptions, Task> invoke)
        where T : Google.Protobuf.IMessage
        => MalformedCall.Of("AnnualReportsService/" + method, message, defect, invoke);
}
