using System.Text;
using Nplv.Indicators.Imports;
using Nplv.Indicators.Imports.Formats;

namespace Nplv.Indicators.Tests.Imports;

/// <summary>The files in tests/Fixtures/Imports, and how a test reads them through a reader.</summary>
internal static class ImportFixtures
{
    public const string CbsV3Page = "cbs-83487NED-typeddataset-page1.json";
    public const string CbsV3DataProperties = "cbs-83487NED-dataproperties.json";
    public const string CbsV4Page = "cbs-83487NED-observations-page1.json";
    public const string CbsV4MeasureCodes = "cbs-83487NED-measurecodes.json";
    public const string Leefbaarometer = "leefbaarometer-buurten-2022.csv";
    public const string LeefbaarometerWijken = "leefbaarometer-wijken-2022.csv";
    public const string LeefbaarometerGemeenten = "leefbaarometer-gemeenten-2022.csv";
    public const string LongCsv = "long-observations.csv";

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Imports", name));

    public static Task<Reading> ReadAsync(ImportFormat format, byte[] file, string? areaColumn = null, string? periodColumn = null)
        => ReadAsync(format, new MemoryStream(file), areaColumn, periodColumn);

    public static Task<Reading> ReadAsync(ImportFormat format, string text, string? areaColumn = null, string? periodColumn = null)
        => ReadAsync(format, Encoding.UTF8.GetBytes(text), areaColumn, periodColumn);

    public static async Task<Reading> ReadAsync(ImportFormat format, Stream file, string? areaColumn = null, string? periodColumn = null)
    {
        var warnings = new List<ImportIssue>();
        var records = new List<SourceRecord>();
        var options = new SourceReaderOptions(areaColumn, periodColumn, warnings.Add);
        await foreach (var record in SourceReaders.For(format).ReadAsync(file, options, CancellationToken.None))
        {
            records.Add(record);
        }

        return new Reading(records, warnings);
    }

    /// <summary>The error a file gives, and the records read before it.</summary>
    public static async Task<(ImportIssue Issue, int RecordsBefore)> FailureAsync(
        ImportFormat format, byte[] file, string? areaColumn = null, string? periodColumn = null)
    {
        var records = 0;
        var options = new SourceReaderOptions(areaColumn, periodColumn, _ => { });
        var ex = await Assert.ThrowsAsync<ImportFileException>(async () =>
        {
            await foreach (var _ in SourceReaders.For(format).ReadAsync(new MemoryStream(file), options, CancellationToken.None))
            {
                records++;
            }
        });
        return (ex.Issue, records);
    }

    public static Task<(ImportIssue Issue, int RecordsBefore)> FailureAsync(
        ImportFormat format, string text, string? areaColumn = null, string? periodColumn = null)
        => FailureAsync(format, Encoding.UTF8.GetBytes(text), areaColumn, periodColumn);

    /// <summary>Each record as one line of text, so two readings compare by value.</summary>
    public static IEnumerable<string> Described(this Reading reading)
        => reading.Records.Select(r =>
            $"{r.Line}|{r.AreaKey}|{r.Period}|{r.Status}|{r.Source}|"
            + string.Join(";", r.Cells.Select(c => $"{c.Column}={c.Text ?? "<null>"}{(c.Suppressed ? "!" : "")}")));
}

internal sealed record Reading(IReadOnlyList<SourceRecord> Records, IReadOnlyList<ImportIssue> Warnings)
{
    public SourceRecord Area(string key) => Records.Single(r => r.AreaKey == key);
}

/// <summary>Hands out a file a few bytes at a time, as gRPC chunks may arrive; counts what has been read.</summary>
internal sealed class TrickleStream(byte[] content, int seed = 7) : Stream
{
    private readonly Random _random = new(seed);
    private int _position;

    public int BytesRead => _position;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var length = Math.Min(Math.Min(buffer.Length, _random.Next(1, 8)), content.Length - _position);
        content.AsSpan(_position, length).CopyTo(buffer);
        _position += length;
        return length;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
