namespace Nplv.Gateway.Web;

/// <summary>
/// Matches the addresses of the dashboard's pages: neither a file name (a missing bundle file stays a 404) nor an address
/// under one of the gateway's own prefixes, so an API request that no route takes, or that a route refuses for its
/// method or content type, keeps the 404, 405 or 415 ProblemDetails that routing gives it.
/// </summary>
public sealed class PageAddressConstraint : IRouteConstraint
{
    public const string Name = "page";

    private static readonly string[] ReservedPrefixes = ["api", "dev", "openapi", "scalar", "health", "alive", "assets"];

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values,
        RouteDirection routeDirection)
    {
        if (!values.TryGetValue(routeKey, out var value) || value is not string path || path.Length == 0)
        {
            return true;
        }

        var firstSegment = path.AsSpan();
        var slash = firstSegment.IndexOf('/');
        if (slash >= 0)
        {
            firstSegment = firstSegment[..slash];
        }

        foreach (var prefix in ReservedPrefixes)
        {
            if (firstSegment.Equals(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        var lastSegment = path.AsSpan(path.LastIndexOf('/') + 1);
        return !lastSegment.Contains('.');
    }
}
