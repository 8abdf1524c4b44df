using Google.Rpc;
using Grpc.Core;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Nplv.Gateway.Errors;

/// <summary>
/// Answers a failed gRPC call with RFC 9457 ProblemDetails: the service's field violations become per-field
/// errors, and an unreachable service is a 503 the client may retry.
/// </summary>
public sealed partial class GrpcExceptionHandler(IProblemDetailsService problemDetails, ILogger<GrpcExceptionHandler> logger)
    : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not RpcException rpc)
        {
            return false;
        }

        // A stale version is a failed If-Match (412); any other failed precondition is a conflict with the state (409).
        var staleVersion = rpc.StatusCode == StatusCode.FailedPrecondition
            && rpc.GetRpcStatus()?.GetDetail<PreconditionFailure>()?.Violations.Any(v => v.Type == "VERSION") == true;
        // A request id that made something else: the client sent one Idempotency-Key with two different requests.
        var reusedKey = rpc.StatusCode == StatusCode.AlreadyExists
            && rpc.GetRpcStatus()?.GetDetail<ResourceInfo>()?.ResourceType == "request";
        var status = (rpc.StatusCode, staleVersion, reusedKey) switch
        {
            (StatusCode.FailedPrecondition, false, _) => StatusCodes.Status409Conflict,
            (StatusCode.AlreadyExists, _, true) => StatusCodes.Status422UnprocessableEntity,
            _ => StatusCodeOf(rpc.StatusCode),
        };
        LogServiceError(rpc.StatusCode, httpContext.Request.Path, status);

        var problem = status == StatusCodes.Status400BadRequest
            ? new ValidationProblemDetails(FieldErrors(rpc, QueryNamesOf(httpContext)))
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = status == StatusCodes.Status409Conflict && rpc.StatusCode == StatusCode.FailedPrecondition
            ? "The change is not allowed in its current state."
            : TitleOf(rpc.StatusCode);
        problem.Detail = status >= StatusCodes.Status500InternalServerError ? null : rpc.Status.Detail;
        if (reusedKey)
        {
            problem.Title = "The Idempotency-Key was used for a different request.";
            problem.Detail = "A retry must repeat the same request; a new request needs a new key.";
        }

        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    // The exception handler runs with the endpoint cleared; the feature keeps the one that failed.
    private static QueryFieldNames? QueryNamesOf(HttpContext httpContext)
        => httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.Metadata.GetMetadata<QueryFieldNames>();

    private static int StatusCodeOf(StatusCode code) => code switch
    {
        StatusCode.InvalidArgument or StatusCode.OutOfRange => StatusCodes.Status400BadRequest,
        StatusCode.NotFound => StatusCodes.Status404NotFound,
        StatusCode.AlreadyExists => StatusCodes.Status409Conflict,
        StatusCode.FailedPrecondition => StatusCodes.Status412PreconditionFailed,
        StatusCode.Unauthenticated => StatusCodes.Status401Unauthorized,
        StatusCode.PermissionDenied => StatusCodes.Status403Forbidden,
        StatusCode.ResourceExhausted => StatusCodes.Status429TooManyRequests,
        StatusCode.Unavailable => StatusCodes.Status503ServiceUnavailable,
        StatusCode.DeadlineExceeded or StatusCode.Cancelled => StatusCodes.Status504GatewayTimeout,
        _ => StatusCodes.Status502BadGateway,
    };

    private static string TitleOf(StatusCode code) => code switch
    {
        StatusCode.InvalidArgument or StatusCode.OutOfRange => "The request is invalid.",
        StatusCode.NotFound => "Not found.",
        StatusCode.AlreadyExists => "It already exists.",
        StatusCode.FailedPrecondition => "It was changed by someone else.",
        StatusCode.PermissionDenied => "You may not make this change.",
        StatusCode.Unavailable => "A service is unavailable; try again shortly.",
        StatusCode.DeadlineExceeded or StatusCode.Cancelled => "A service did not answer in time.",
        _ => "A service failed.",
    };

    private static Dictionary<string, string[]> FieldErrors(RpcException rpc, QueryFieldNames? queryNames)
    {
        var badRequest = rpc.GetRpcStatus()?.GetDetail<BadRequest>();
        if (badRequest is null)
        {
            return [];
        }

        return badRequest.FieldViolations
            .GroupBy(v => queryNames?.Rename(v.Field) ?? JsonFieldName(v.Field))
            .ToDictionary(g => g.Key, g => g.Select(v => v.Description).ToArray());
    }

    /// <summary>Contract field paths are snake_case (<c>area_codes[1]</c>); the REST API speaks camelCase (<c>areaCodes[1]</c>).</summary>
    internal static string JsonFieldName(string protoField)
    {
        var parts = protoField.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Service call failed with {GrpcStatus} for {Path}; answered {HttpStatus}")]
    private partial void LogServiceError(StatusCode grpcStatus, PathString path, int httpStatus);
}
