using System.Globalization;
using Grpc.Core;
using Nplv.History.V1;
using Nplv.Shared.Domain;
using Nplv.Shared.Grpc;

namespace Nplv.Shared.History;

/// <summary>The history contract, the same in every service, over the kinds of record this service owns.</summary>
public sealed class HistoryGrpcService(HistoryLog log, HistoryKinds kinds) : HistoryService.HistoryServiceBase
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const int MaxIdLength = 200;

    public override async Task<ListChangesResponse> ListChanges(ListChangesRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        validator.Require(kinds.Names.Contains(request.Kind), "kind", $"must be one of: {string.Join(", ", kinds.Names)}");
        validator.RequireText(request.Id, "id", MaxIdLength);
        var pageSize = PageToken.Size(request.PageSize, DefaultPageSize, MaxPageSize, validator);
        var before = DecodeSequence(request.PageToken, validator);
        validator.ThrowIfInvalid();

        var fetched = await log.ListAsync(new RecordKey(request.Kind, request.Id), pageSize + 1, before, context.CancellationToken);
        var page = Page<RecordedChange>.From(fetched, pageSize, change => change.Sequence.ToString(CultureInfo.InvariantCulture));
        return new ListChangesResponse
        {
            Changes = { page.Items.Select(ToProto) },
            NextPageToken = page.NextPageToken,
        };
    }

    private static long? DecodeSequence(string token, Validator validator)
    {
        var key = PageToken.Decode(token, validator);
        if (key is null)
        {
            return null;
        }

        // Sequences start at 1: a page never ends before the first change.
        if (long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && sequence > 1)
        {
            return sequence;
        }

        validator.Add("page_token", "is not a token this service issued");
        return null;
    }

    private static Change ToProto(RecordedChange change) => new()
    {
        Sequence = change.Sequence,
        ChangedAt = change.ChangedAt.ToUtcTimestamp(),
        Actor = new ChangeActor
        {
            Subject = change.Actor.Subject,
            Name = change.Actor.Name,
            Role = change.Actor.Role,
            PartnerId = change.Actor.PartnerId,
        },
        Kind = change.Record.Kind,
        Id = change.Record.Id,
        Label = change.Label,
        Action = change.Action,
        Fields = { change.Fields.Select(field => new Nplv.History.V1.FieldChange
        {
            Field = field.Field,
            BeforeJson = field.Before ?? "",
            AfterJson = field.After ?? "",
        }) },
        Reason = change.Reason,
        TraceId = change.TraceId,
    };
}
