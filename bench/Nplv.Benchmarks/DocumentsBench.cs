using System.Diagnostics;
using Nplv.Gateway.AnnualReports;
using Nplv.Gateway.AnnualReports.Documents;
using Nplv.Gateway.Exports;
using Nplv.Gateway.Exports.Tables;
using Nplv.Gateway.Models;

namespace Nplv.Benchmarks;

/// <summary>
/// bench/documents.sh: the whole programme's annual report of a year with 100 measures, 40 indicators and 50 areas,
/// laid out and rendered as DOCX or as PDF (one format per process, so the peak memory is that format's); and the
/// CSV export of observations streamed through the gateway's writer, at growing sizes, to show its memory stays flat.
/// </summary>
public static class DocumentsBench
{
    private const int Measures = 100;
    private const int Indicators = 40;
    private const int Areas = 50;
    private const int Years = 10;

    public static async Task RunAsync(string[] args)
    {
        switch (args)
        {
            case ["report", var format]:
                Report(format);
                break;
            case ["csv", var rows]:
                await CsvAsync(int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException("documents report docx|pdf, or documents csv <rows>");
        }
    }

    private static void Report(string format)
    {
        var content = Content();
        var clock = Stopwatch.StartNew();
        var blocks = ReportLayout.Blocks(content);
        var layout = clock.Elapsed;
        var bytes = format == "pdf"
            ? PdfReportRenderer.Render(blocks, content.Title, content.GeneratedAt)
            : DocxReportRenderer.Render(blocks, content.Title);
        var total = clock.Elapsed;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(
            $"| {format} | {Measures} measures, {Indicators} indicators, {Areas} areas | {total.TotalSeconds:0.00} | {layout.TotalSeconds:0.00} | "
            + $"{process.PeakWorkingSet64 / (1024.0 * 1024):0} | {bytes.Length / (1024.0 * 1024):0.0} |");
    }

    private static async Task CsvAsync(int rows)
    {
        var clock = Stopwatch.StartNew();
        var counter = new CountingStream();
        await CsvTableWriter.WriteAsync(counter, SeriesTable.Definition, Observations(rows), ExportLanguage.Dutch, CancellationToken.None);
        var elapsed = clock.Elapsed;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(
            $"| {rows:N0} | {elapsed.TotalSeconds:0.00} | {rows / elapsed.TotalSeconds:N0} | {counter.Length / (1024.0 * 1024):0} | "
            + $"{process.PeakWorkingSet64 / (1024.0 * 1024):0} | {GC.GetTotalAllocatedBytes() / (1024.0 * 1024):N0} |");
    }

    /// <summary>Rows made as they are written, as the export reads pages from the service.</summary>
    private static async IAsyncEnumerable<SeriesRow> Observations(int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (i % 200 == 0) await Task.Yield();
            var point = new SeriesPointDto(2015 + i % Years, i % 97 == 0 ? null : 10 + i % 1000 / 10.0, i % 3 == 0 ? "voorlopig" : "definitief", "CBS 85984NED", false);
            yield return new SeriesRow($"indicator-{i / 50_000}", $"BU{i / Years % 10_000:00000000}", "Buurt", point);
        }
    }

    private static AnnualReportContent Content()
    {
        var areas = Enumerable.Range(0, Areas).Select(i => (Code: $"WK{i:000000}", Name: $"Wijk {i}")).ToList();
        var themes = new[] { "onderwijs", "armoede", "werk", "gezondheid", "wonen", "veiligheid", "participatie" };
        var text = string.Join(" ", Enumerable.Repeat("Twaalf taalgroepen in de wijk, met vrijwilligers en de bibliotheek.", 10));
        var measures = Enumerable.Range(0, Measures).Select(i => (Theme: themes[i % themes.Length], Section: new MeasureSection(
            $"m{i}", $"Maatregel {i}", "lopend", "Gemeente Groningen", [areas[i % Areas].Name, areas[(i + 1) % Areas].Name], 125_000m, 40_000m, 120,
            [new ProgressText("2025-H1", "2025, eerste helft", "op_schema", text, "Te weinig vrijwilligers.", "Werving."),
             new ProgressText("2025-H2", "2025, tweede helft", "risico", text, "Locatie later.", "Verhuizen.")],
            [new MilestoneLine("Eerste groep", new DateOnly(2025, 6, 30), true), new MilestoneLine("Tweede groep", new DateOnly(2025, 12, 31), false)]))).ToList();
        var indicators = Enumerable.Range(0, Indicators).Select(i => new IndicatorSection(
            $"i{i}", $"Indicator {i}", "%", "lower_is_better", themes[i % themes.Length],
            [.. areas.Select((area, a) => new SeriesLine(area.Code, area.Name, false,
                [.. Enumerable.Range(0, Years).Select(y => new FigurePoint(2016 + y, 10 + (a + y + i) % 7, "definitief", "CBS"))]))],
            [.. areas.Select(area => new TargetLine(area.Code, area.Name, 2022, 12, 2030, 9, 2025, 11, "on_track"))])).ToList();
        return new AnnualReportContent(
            "Voortgangsrapportage 2025", 2025, "programme", null, null, "Groningen-Noord", DateTimeOffset.UtcNow, text,
            new ReportTotals(Measures, Measures * 125_000m, Measures * 40_000m, Measures * 120, Measures * 2),
            [.. measures.GroupBy(m => m.Theme).Select(group => new ThemeSection(group.Key, group.Key, [.. group.Select(m => m.Section)]))],
            indicators,
            [new PartnerSection("p", "Gemeente Groningen", "gemeente", [.. measures.Select(m => m.Section.Title)], [])]);
    }

    /// <summary>Counts what is written and keeps none of it.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
