namespace Nplv.Gateway.Errors;

/// <summary>Says in the ProblemDetails of the framework's own refusals what the client can do about them.</summary>
public static class ProblemTitles
{
    public static void Describe(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        (string Title, string Detail)? described = problem.Status switch
        {
            StatusCodes.Status401Unauthorized => ("A valid bearer token is required.",
                "Changes need a token with role programme-office, or partner-editor for a partner; "
                + "a missing, expired or wrongly signed token is refused."),
            StatusCodes.Status403Forbidden => ("This token may not make this change.",
                "A partner editor changes its own partner and the measures its partner leads; the rest is for the programme office."),
            StatusCodes.Status413PayloadTooLarge => ("The request body is too large.",
                "Request bodies are small JSON documents; see Gateway:MaxRequestBodyBytes."),
            StatusCodes.Status415UnsupportedMediaType => ("The request body's media type is not taken here.",
                "Send Content-Type: application/json; an import is sent as multipart/form-data."),
            _ => null,
        };

        // Only the framework's bare answers; a handler that said more keeps its words.
        if (described is { } words && problem.Detail is null)
        {
            problem.Title = words.Title;
            problem.Detail = words.Detail;
        }
    }
}
