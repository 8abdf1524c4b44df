using Grpc.Core;
using Microsoft.Extensions.Hosting;
using Nplv.Indicators.Data;
using Nplv.Indicators.Domain;
using Nplv.Indicators.V1;
using Nplv.Shared.Domain;

namespace Nplv.Indicators.Grpc;

[BindServiceMethod(typeof(ReadableRequestMessages<IndicatorsService.IndicatorsServiceBase>), "BindService")]
public sealed partial class IndicatorsGrpcService(
    AreaStore areas,
    IndicatorStore indicators,
    ObservationStore observations,
    TargetStore targets,
    TargetProgressReader targetProgress,
    SeriesReader seriesReader,
    ObservationStreamSlots streamSlots,
    Shapes.AreaShapeImporter shapeImporter,
    Shapes.AreaShapeStore shapeStore)
    : IndicatorsService.IndicatorsServiceBase
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 500;
    private const int MaxAreaCodeLength = 16;

    public override async Task<V1.Area> GetArea(GetAreaRequest request, ServerCallContext context)
    {
        new Validator().RequireText(request.Code, "code", MaxAreaCodeLength).ThrowIfInvalid();

        var area = await areas.GetAsync(request.Code.Trim(), context.CancellationToken);
        return area.ToProto();
    }

    public override async Task<ListAreasResponse> ListAreas(ListAreasRequest request, ServerCallContext context)
    {
        var validator = new Validator()
            .Require(Enum.IsDefined(request.Level), "level", "is not a known area level")
            .OptionalText(request.ParentCode, "parent_code", MaxAreaCodeLength)
            .OptionalText(request.Programme, "programme", 100)
            .Require(request.Year == 0 || request.Year is >= MinYear and <= MaxYear, "year", $"must be between {MinYear} and {MaxYear}")
            .Require(request.Year == 0 || request.Programme != "", "year", "applies only with a programme");
        var pageSize = PageToken.Size(request.PageSize, DefaultPageSize, MaxPageSize, validator);
        var afterCode = PageToken.Decode(request.PageToken, validator);
        validator.ThrowIfInvalid();

        var filter = new AreaFilter(
            request.Level.ToDomain(), NullIfEmpty(request.ParentCode), NullIfEmpty(request.Programme),
            request.Year == 0 ? null : request.Year);
        var found = await areas.ListAsync(filter, pageSize + 1, afterCode, context.CancellationToken);
        var page = Page<Domain.Area>.From(found, pageSize, area => area.Code);
        var response = new ListAreasResponse { NextPageToken = page.NextPageToken };
        response.Areas.AddRange(page.Items.Select(a => a.ToProto()));
        return response;
    }

    public override async Task<BatchGetAreasResponse> BatchGetAreas(BatchGetAreasRequest request, ServerCallContext context)
    {
        var codes = ValidBatch(request.Codes, "codes", MaxAreaCodeLength);
        var found = await areas.BatchGetAsync(codes, context.CancellationToken);
        BatchRead.ThrowIfAnyMissing("area", codes, found.Select(a => a.Code));

        var response = new BatchGetAreasResponse();
        response.Areas.AddRange(found.Select(a => a.ToProto()));
        return response;
    }

    /// <summary>The trimmed codes of a batch request, or InvalidArgument naming each bad one.</summary>
    private static List<string> ValidBatch(IReadOnlyList<string> codes, string field, int maxLength)
    {
        new Validator().RequireCodes(codes, field, MaxBatch, maxLength).ThrowIfInvalid();
        return Trimmed(codes);
    }

    private static List<string> Trimmed(IEnumerable<string> codes) => [.. codes.Select(code => code.Trim())];

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
