using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Nplv.Gateway.Errors;

/// <summary>
/// Requests the gateway cannot read (malformed JSON, a wrong type, an unreadable query value, a body over the size
/// limit) answer with ProblemDetails and their own status (400, 413, 415), naming the field where one is known;
/// <see cref="ProblemTitles"/> words the 413 and 415.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var problem = badRequest.StatusCode == StatusCodes.Status400BadRequest ? Describe(badRequest) : new ProblemDetails();
        problem.Status = badRequest.StatusCode;
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Describe(BadHttpRequestException badRequest)
    {
        if (badRequest.InnerException is JsonException json)
        {
            return new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                [FieldOf(json.Path)] = [json.Path is null or "$" ? "is not valid JSON" : "is not valid JSON for this field, or of the wrong type"],
            })
            { Title = "The request body could not be read." };
        }

        if (BindFailure().Match(badRequest.Message) is { Success: true } failure)
        {
            return new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                [JsonNamingPolicy.CamelCase.ConvertName(failure.Groups["name"].Value)] = [$"cannot be read from '{failure.Groups["value"].Value}'"],
            });
        }

        return new ProblemDetails
        {
            Title = "The request is invalid.",
            Detail = MissingBody().IsMatch(badRequest.Message) ? "The request needs a JSON body." : null,
        };
    }

    /// <summary><c>$.contacts[0].email</c> becomes <c>contacts[0].email</c>; the body as a whole is <c>$</c>.</summary>
    private static string FieldOf(string? jsonPath)
        => jsonPath is null or "$" ? "$" : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;

    [GeneratedRegex("""^Failed to bind parameter "[^"]* (?<name>\w+)" from "(?<value>.*)"\.$""")]
    private static partial Regex BindFailure();

    [GeneratedRegex("body", RegexOptions.IgnoreCase)]
    private static partial Regex MissingBody();
}
