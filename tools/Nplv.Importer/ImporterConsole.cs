namespace Nplv.Importer;

/// <summary>Where the importer writes: the outcome on stdout, progress and problems on stderr.</summary>
public sealed record ImporterConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal)
{
    public static ImporterConsole System => new(Console.Out, Console.Error, !Console.IsErrorRedirected);
}
