using Microsoft.AspNetCore.Http;

namespace Nplv.Gateway.Auth;

/// <summary>Says in the 401 and 403 ProblemDetails what the client can do about it.</summary>
public static class AccessProblems
{
    public static void Describe(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        switch (problem.Status)
        {
            case StatusCodes.Status401Unauthorized when problem.Title is null or "Unauthorized":
                problem.Title = "A valid bearer token is required.";
                problem.Detail = "Changes need a token with role programme-office, or partner-editor for a partner; "
                    + "a missing, expired or wrongly signed token is refused.";
                break;
            case StatusCodes.Status403Forbidden when problem.Title is null or "Forbidden":
                problem.Title = "This token may not make this change.";
                problem.Detail = "A partner editor changes its own partner and the measures its partner leads; the rest is for the programme office.";
                break;
        }
    }
}
