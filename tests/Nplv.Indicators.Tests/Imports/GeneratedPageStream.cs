using System.Text;

namespace Nplv.Indicators.Tests.Imports;

/// <summary>
/// A CBS v3 page of <paramref name="records"/> records made as it is read, so a test can tell how much of a large file
/// a reader had taken in when it handed over its first record.
/// </summary>
internal sealed class GeneratedPageStream(int records) : Stream
{
    private byte[] _pending = Encoding.UTF8.GetBytes("""{"odata.metadata": "https://opendata.cbs.nl/ODataApi/OData/83487NED/$metadata", "value": [""");
    private int _offset;
    private int _next;

    public long BytesRead { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        if (_offset == _pending.Length)
        {
            if (_next > records)
            {
                return 0;
            }

            _pending = Encoding.UTF8.GetBytes(_next == records
                ? "]}"
                : $$"""{{(_next == 0 ? "" : ",")}}{"ID": {{_next}}, "WijkenEnBuurten": "BU{{_next:D8}}", "Woningvoorraad_31": {{_next % 5000}}}""");
            _offset = 0;
            _next++;
        }

        var length = Math.Min(buffer.Length, _pending.Length - _offset);
        _pending.AsSpan(_offset, length).CopyTo(buffer);
        _offset += length;
        BytesRead += length;
        return length;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
