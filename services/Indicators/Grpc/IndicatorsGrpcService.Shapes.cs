using Grpc.Core;
using Nplv.Indicators.Shapes;
using Nplv.Indicators.V1;
using Nplv.Shared.Data;
using Nplv.Shared.Domain;

namespace Nplv.Indicators.Grpc;

public sealed partial class IndicatorsGrpcService
{
    private const long MaxShapeFileBytes = 256L * 1024 * 1024;
    private const int MaxShapeChunkBytes = 1024 * 1024;
    private const int MaxShapeSourceLength = 500;

    /// <summary>A whole kaart is read into memory to be simplified: one import at a time, the next refused until it ends.</summary>
    private static readonly SemaphoreSlim ShapeImportSlot = new(1);

    public override async Task<ImportAreaShapesResponse> ImportAreaShapes(
        IAsyncStreamReader<ImportAreaShapesRequest> requestStream, ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        var validator = new Validator();
        if (!await requestStream.MoveNext(cancellationToken) || requestStream.Current.PartCase != ImportAreaShapesRequest.PartOneofCase.Settings)
        {
            validator.Require(false, "settings", "must be the first message").ThrowIfInvalid();
        }

        var settings = requestStream.Current.Settings;
        var format = ShapeFileFormats.Parse(settings.Format);
        validator
            .Require(format is not null, "settings.format", "must be geojson or geopackage")
            .Require(settings.DivisionYear is >= MinYear and <= MaxYear, "settings.division_year", $"must be between {MinYear} and {MaxYear}")
            .OptionalText(settings.Region, "settings.region", MaxAreaCodeLength)
            .Require(settings.Region.Length == 0 || (settings.Region.StartsWith("GM", StringComparison.Ordinal) && settings.Region.Length == 6),
                "settings.region", "must be a gemeente's code, such as GM0014")
            .RequireText(settings.Source, "settings.source", MaxShapeSourceLength)
            .ThrowIfInvalid();

        if (!await ShapeImportSlot.WaitAsync(0, cancellationToken))
        {
            throw new RpcException(new Status(StatusCode.ResourceExhausted, "Another kaart is being imported; try again when it is done."));
        }

        string? path = null;
        try
        {
            path = Path.GetTempFileName();
            await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                var chunk = 0;
                while (await requestStream.MoveNext(cancellationToken))
                {
                    var part = requestStream.Current;
                    validator
                        .Require(part.PartCase == ImportAreaShapesRequest.PartOneofCase.Chunk, $"chunk[{chunk}]", "must be a chunk of the file; the settings come once, first")
                        .Require(part.Chunk.Length <= MaxShapeChunkBytes, $"chunk[{chunk}]", $"must hold at most {MaxShapeChunkBytes} bytes")
                        .Require(file.Length + part.Chunk.Length <= MaxShapeFileBytes, "file", $"must hold at most {MaxShapeFileBytes / (1024 * 1024)} MiB")
                        .ThrowIfInvalid();
                    await file.WriteAsync(part.Chunk.Memory, cancellationToken);
                    chunk++;
                }

                validator.Require(file.Length > 0, "file", "must not be empty").ThrowIfInvalid();
            }

            var outcome = await shapeImporter.ImportAsync(
                path, format!.Value, settings.DivisionYear, NullIfEmpty(settings.Region.Trim()), settings.Source.Trim(), cancellationToken);
            return new ImportAreaShapesResponse
            {
                DivisionYear = settings.DivisionYear, Written = outcome.Written, Unchanged = outcome.Unchanged, Skipped = outcome.Skipped,
            };
        }
        finally
        {
            if (path is not null)
            {
                File.Delete(path);
            }

            ShapeImportSlot.Release();
        }
    }

    public override async Task<ListAreaShapesResponse> ListAreaShapes(ListAreaShapesRequest request, ServerCallContext context)
    {
        var level = request.Level.ToDomain();
        new Validator()
            .Require(level is not null, "level", "must be buurt, wijk, gemeente or land")
            .Require(request.DivisionYear == 0 || request.DivisionYear is >= MinYear and <= MaxYear, "division_year",
                $"must be 0 (the newest) or between {MinYear} and {MaxYear}")
            .ThrowIfInvalid();

        var column = level!.Value.ToColumn();
        var divisions = await shapeStore.DivisionsAsync(column, context.CancellationToken);
        var year = request.DivisionYear != 0 ? request.DivisionYear : divisions.FirstOrDefault();
        var response = new ListAreaShapesResponse { DivisionYear = year };
        response.Divisions.AddRange(divisions);
        if (year == 0)
        {
            return response;
        }

        var shapes = await shapeStore.ListAsync(year, column, context.CancellationToken);
        response.Shapes.AddRange(shapes.Select(shape => new V1.AreaShape { AreaCode = shape.AreaCode, Name = shape.Name, Geometry = shape.GeometryJson }));
        return response;
    }
}
