using System.Diagnostics;
using System.Globalization;
using Nplv.Indicators.V1;

namespace Nplv.Importer;

/// <summary>
/// Shows an import's progress on stderr: a bar redrawn in place on a terminal, a plain line every few seconds
/// otherwise (a log, a CI job).
/// </summary>
public sealed class ImportProgress(TextWriter error, bool isTerminal, long fileBytes)
{
    private const int BarWidth = 30;
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    private readonly Stopwatch elapsed = Stopwatch.StartNew();
    private TimeSpan lastPlainLine = -PlainInterval;
    private int drawnWidth;

    public void Report(Import import)
    {
        if (import.State != ImportState.Running)
        {
            Finish();
            return;
        }

        if (isTerminal)
        {
            var line = Describe(import, withBar: true);
            error.Write('\r' + line.PadRight(drawnWidth));
            drawnWidth = line.Length;
        }
        else if (elapsed.Elapsed - lastPlainLine >= PlainInterval)
        {
            lastPlainLine = elapsed.Elapsed;
            error.WriteLine($"{DateTime.Now:HH:mm:ss} {Describe(import, withBar: false)}");
        }
    }

    /// <summary>Leaves the terminal's line to what comes next.</summary>
    public void Finish()
    {
        if (isTerminal && drawnWidth > 0)
        {
            error.Write('\r' + new string(' ', drawnWidth) + '\r');
            drawnWidth = 0;
        }
    }

    private string Describe(Import import, bool withBar)
    {
        if (fileBytes <= 0)
        {
            // A StatLine table's size is not known beforehand: its pages and rows are.
            return string.Format(Culture, "{0:N0} pages  {1:N0} rows  {2:N0} bytes  {3:N0} rejected",
                import.Statline?.Pages ?? 0, import.RowsRead, import.BytesRead, import.RowsRejected);
        }

        var fraction = Math.Clamp((double)import.BytesRead / fileBytes, 0, 1);
        var seconds = elapsed.Elapsed.TotalSeconds;
        var rate = seconds > 0 ? import.RowsRead / seconds : 0;
        var bar = withBar ? "[" + new string('#', (int)(fraction * BarWidth)).PadRight(BarWidth, '.') + "] " : "";
        // Once every byte is read the service checks and writes the rows in one transaction.
        var phase = import.BytesRead >= fileBytes ? " - writing" : "";
        return string.Format(
            Culture,
            "{0}{1,3:0}%  {2:N0} rows  {3:N0} rows/s  {4:N0} rejected{5}",
            bar, fraction * 100, import.RowsRead, rate, import.RowsRejected, phase);
    }
}
