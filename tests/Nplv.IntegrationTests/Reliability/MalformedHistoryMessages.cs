using Grpc.Core;
using Grpc.Net.Client;
using Nplv.History.V1;
using static Nplv.IntegrationTests.Reliability.GrpcKinds;

namespace Nplv.IntegrationTests.Reliability;

/// <summary>Messages to <c>nplv.history.v1.HistoryService</c>, in each of the three services, with one defect each.</summary>
internal sealed class MalformedHistoryMessages(Random random)
{
    private static readonly (string Service, string Kind)[] Kinds =
        [("partners", "partner"), ("measures", "measure"), ("measures", "report"), ("indicators", "indicator"), ("indicators", "target"), ("indicators", "import")];

    private static readonly string[] ForeignKinds = ["", "Partner", "partners", "report ", "history", "'; DROP TABLE history;--", "\u0000"];

    public MalformedCall Next()
    {
        var (service, kind) = random.Pick(Kinds);
        var request = new ListChangesRequest { Kind = kind, Id = random.UnknownId() };
        var defect = random.Pick(new MessageDefect<ListChangesRequest>[]
        {
            // A kind another service keeps is no kind of this one's.
            new(BadValue, r => r.Kind = random.Pick([.. ForeignKinds, .. Kinds.Where(k => k.Service != service).Select(k => k.Kind)])),
            new(MissingRequired, r => r.Id = random.Blank()),
            new(HugeString, r => r.Id = random.Huge(201 + random.Next(5000))),
            new(NulCharacter, r => r.Id = "abc\u0000"),
            new(OutOfRange, r => r.PageSize = random.Next(2) == 0 ? -1 - random.Next(1000) : 201 + random.Next(100_000)),
            new(BadPage, r => r.PageToken = BadPageTokens.ForIds(random)),
        });
        return MalformedCall.Of($"HistoryService/ListChanges ({service})", request, defect,
            (t, m, o) => t.HistoryClient(Channel(t, service)).ListChangesAsync(m, o).ResponseAsync);
    }

    private static GrpcChannel Channel(GrpcTargets targets, string service) => service switch
    {
        "partners" => targets.Partners,
        "measures" => targets.Measures,
        _ => targets.Indicators,
    };
}
