using System.ComponentModel;
using Grpc.Core;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Nplv.Gateway.Auth;
using Nplv.Gateway.Exports;
using Nplv.Gateway.Exports.Tables;
using Nplv.Gateway.Http;
using Nplv.Gateway.Hosting;
using Nplv.Gateway.Imports;
using Nplv.Gateway.Models;
using Nplv.Indicators.V1;

namespace Nplv.Gateway.Apis;

/// <summary>
/// Imports of statistics files, and of StatLine tables the indicators service reads itself. They change the figures
/// everyone sees, so they are the programme office's; so is an import's record, which quotes the file it read.
/// </summary>
public static class ImportsApi
{
    // An import of a large file runs for minutes; sooner than this the gateway is most likely still as busy.
    private static readonly TimeSpan RetryAfterBusy = TimeSpan.FromSeconds(30);

    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder v1)
    {
        var imports = v1.MapGroup("/imports").WithTags("Imports");

        imports.MapPost("/", StartImport).WithName(nameof(StartImport)).ProducesWriteProblems()
            .Accepts<ImportForm>("multipart/form-data")
            .WithMetadata(ImportFormFields.ContractNames)
            .WithSummary("Imports a file of observations or areas, or a StatLine table named in 'table' (programme office): 202 "
                + "once its settings are accepted, then follow its Location until it has succeeded or failed; send an "
                + "Idempotency-Key so a retried upload answers the same import")
            .RequireAuthorization(GatewayPolicies.ProgrammeOffice);
        imports.MapGet("/", ListImports).WithName(nameof(ListImports)).ProducesReadProblems()
            .WithSummary("Imports past and running, newest first, each with its outcome (programme office); at most 50 a page")
            .RequireAuthorization(GatewayPolicies.ProgrammeOffice);
        imports.MapGet("/mappings", ListImportMappings).WithName(nameof(ListImportMappings)).ProducesReadProblems()
            .WithSummary("The mappings the service knows, newest version first within a name");
        imports.MapGet("/{id}", GetImport).WithName(nameof(GetImport)).ProducesReadProblems()
            .WithSummary("An import, while it runs and after: its state, counts, errors and warnings (programme office)")
            .RequireAuthorization(GatewayPolicies.ProgrammeOffice);
        imports.MapGet("/{id}/issues", ListImportIssues).WithName(nameof(ListImportIssues)).ProducesReadProblems()
            .WithSummary("An import's errors, then its warnings, as a table to download (programme office)")
            .RequireAuthorization(GatewayPolicies.ProgrammeOffice);

        return v1;
    }

    public static async Task<Results<Accepted<ImportDto>, Ok<ImportDto>, ValidationProblem, ProblemHttpResult>> StartImport(
        HttpContext context,
        ImportsService.ImportsServiceClient imports,
        RunningImports running,
        IOptions<ImportOptions> options,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var importId = IdempotencyKeys.RequestIdFor(context, "imports", errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        // Taken before the upload is read: the upload is what fills the disk.
        var slot = running.TryReserve();
        if (slot is null)
        {
            return Busy(context, options.Value.MaxConcurrent);
        }

        try
        {
            var (upload, problem) = await ImportUploadReader.ReadAsync(context.Request, options.Value, errors, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }

            if (upload is null)
            {
                return TypedResults.ValidationProblem(errors.ToDictionary());
            }

            await using (upload)
            {
                Import import;
                if (upload.IsStatLine)
                {
                    var request = upload.ToStatLineRequest(importId, errors);
                    if (errors.Any)
                    {
                        return TypedResults.ValidationProblem(errors.ToDictionary());
                    }

                    // From here the slot is the running import's.
                    var ownSlot = slot;
                    slot = null;
                    import = await BeginAsync(imports, importId, () => running.BeginFromStatLineAsync(imports, request, ownSlot, cancellationToken), cancellationToken);
                }
                else
                {
                    var settings = upload.ToSettings(importId, errors);
                    if (errors.Any)
                    {
                        return TypedResults.ValidationProblem(errors.ToDictionary());
                    }

                    // From here the file and the slot are the running import's.
                    var (file, ownSlot) = (upload.File!, slot);
                    (upload.File, slot) = (null, null);
                    import = await BeginAsync(imports, importId, () => running.BeginAsync(imports, settings, file, ownSlot, cancellationToken), cancellationToken);
                }

                var location = $"/api/v1/imports/{import.ImportId}";
                if (import.State == ImportState.Running)
                {
                    return TypedResults.Accepted(location, ImportDto.From(import));
                }

                // The same upload again, after the first finished: its outcome, nothing imported twice.
                context.Response.Headers.ContentLocation = location;
                return TypedResults.Ok(ImportDto.From(import));
            }
        }
        finally
        {
            slot?.Dispose();
        }
    }

    private static ProblemHttpResult Busy(HttpContext context, int maxConcurrent)
    {
        context.Response.Headers.RetryAfter = ((int)RetryAfterBusy.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "The gateway is running as many imports as it takes.",
            detail: $"It runs {maxConcurrent} at a time (Gateway:Imports:MaxConcurrent); send the import again after Retry-After seconds.");
    }

    private static async Task<Import> BeginAsync(
        ImportsService.ImportsServiceClient imports, Guid importId, Func<Task<Import>> begin, CancellationToken cancellationToken)
    {
        try
        {
            return await begin();
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.AlreadyExists)
        {
            // The same upload again while the first still runs (a client's retry): that import is the answer.
            return await imports.GetImportAsync(new GetImportRequest { ImportId = importId.ToString() }, cancellationToken: cancellationToken);
        }
    }

    public static async Task<Results<Ok<ImportDto>, ValidationProblem>> GetImport(
        string id, ImportsService.ImportsServiceClient imports, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var importId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["must be a UUID"] });
        }

        var import = await imports.GetImportAsync(new GetImportRequest { ImportId = importId.ToString() }, cancellationToken: cancellationToken);
        return TypedResults.Ok(ImportDto.From(import));
    }

    public static async Task<Results<Ok<IReadOnlyList<ImportIssueRowDto>>, TableDownload<ImportIssueRowDto>, ValidationProblem>> ListImportIssues(
        string id, [AsParameters] ExportQuery export, HttpContext context, ImportsService.ImportsServiceClient imports, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var table = export.Resolve(context, errors);
        if (!Guid.TryParse(id, out var importId))
        {
            errors.Add("id", "must be a UUID");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var import = ImportDto.From(await imports.GetImportAsync(new GetImportRequest { ImportId = importId.ToString() }, cancellationToken: cancellationToken));
        IReadOnlyList<ImportIssueRowDto> issues = [.. ImportIssueRowDto.Of(import)];
        return table.IsDownload
            ? TableDownload.Of(ImportIssueTable.Definition, TableRows.Of(issues), table, import.Id)
            : TypedResults.Ok(issues);
    }

    public static async Task<Results<Ok<Page<ImportDto>>, ValidationProblem>> ListImports(
        [AsParameters] PageQuery page,
        [FromQuery, Description("running, succeeded or failed")] string? state,
        ImportsService.ImportsServiceClient imports,
        CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var request = new ListImportsRequest
        {
            PageSize = page.PageSize ?? 0,
            PageToken = page.PageToken ?? "",
            State = errors.Enum<ImportState>("state", state, required: false),
        };
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var response = await imports.ListImportsAsync(request, cancellationToken: cancellationToken);
        return TypedResults.Ok(Page.Of(response.Imports, ImportDto.From, response.NextPageToken));
    }

    public static async Task<Ok<Page<ImportMappingDto>>> ListImportMappings(
        ImportsService.ImportsServiceClient imports, CancellationToken cancellationToken)
    {
        var response = await imports.ListImportMappingsAsync(new ListImportMappingsRequest(), cancellationToken: cancellationToken);
        return TypedResults.Ok(Page.Of(response.Mappings, ImportMappingDto.From, ""));
    }
}
