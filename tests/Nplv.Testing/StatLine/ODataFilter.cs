using System.Text.RegularExpressions;

namespace Nplv.Testing.StatLine;

/// <summary>
/// The part of OData's <c>$filter</c> StatLine answers and the connector sends: <c>Field eq 'x'</c>,
/// <c>startswith(Field,'x')</c>, <c>and</c>, <c>or</c> and parentheses. Anything else is refused, as a server would.
/// </summary>
public sealed partial class ODataFilter
{
    private readonly List<string> _tokens;
    private int _position;

    private ODataFilter(string text) => _tokens = [.. Token().Matches(text).Select(m => m.Value)];

    /// <summary>A test of a row's fields (text as the row holds it), or an error for a filter it cannot read.</summary>
    public static Func<Func<string, string?>, bool> Parse(string text)
    {
        var filter = new ODataFilter(text);
        var test = filter.Or();
        return filter._position == filter._tokens.Count ? test : throw new FormatException($"unexpected '{filter._tokens[filter._position]}'");
    }

    private Func<Func<string, string?>, bool> Or()
    {
        var left = And();
        while (Accept("or"))
        {
            var (a, b) = (left, And());
            left = field => a(field) || b(field);
        }

        return left;
    }

    private Func<Func<string, string?>, bool> And()
    {
        var left = Term();
        while (Accept("and"))
        {
            var (a, b) = (left, Term());
            left = field => a(field) && b(field);
        }

        return left;
    }

    private Func<Func<string, string?>, bool> Term()
    {
        if (Accept("("))
        {
            var inner = Or();
            Expect(")");
            return inner;
        }

        if (Accept("startswith"))
        {
            Expect("(");
            var name = Next();
            Expect(",");
            var prefix = Literal();
            Expect(")");
            return field => field(name)?.StartsWith(prefix, StringComparison.Ordinal) == true;
        }

        var column = Next();
        Expect("eq");
        var value = Literal();
        return field => field(column) == value;
    }

    private string Literal()
    {
        var token = Next();
        return token.Length >= 2 && token[0] == '\'' && token[^1] == '\'' ? token[1..^1] : throw new FormatException($"'{token}' is not a text literal");
    }

    private bool Accept(string token)
    {
        if (_position < _tokens.Count && _tokens[_position] == token)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(string token)
    {
        if (!Accept(token))
        {
            throw new FormatException($"expected '{token}'");
        }
    }

    private string Next() => _position < _tokens.Count ? _tokens[_position++] : throw new FormatException("the filter ends too soon");

    [GeneratedRegex(@"'[^']*'|[A-Za-z_][A-Za-z0-9_]*|[(),]")]
    private static partial Regex Token();
}
