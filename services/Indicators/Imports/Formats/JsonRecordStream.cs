using System.Buffers;
using System.Text.Json;

namespace Nplv.Indicators.Imports.Formats;

/// <summary>
/// Reads an OData page (<c>{ ..., "value": [ {...}, {...} ], "odata.nextLink": "..." }</c>) as it arrives: one element
/// of <c>value</c> at a time, so memory stays bounded by the largest element, whatever the size of the file. Other
/// top-level properties are skipped token by token; a next-page link is remembered wherever it stands.
/// </summary>
internal sealed class JsonRecordStream(Stream file) : IDisposable
{
    private const int InitialBufferSize = 16 * 1024;
    private const int MaxElementSize = 1024 * 1024;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
    private int _start;
    private int _end;
    private bool _finalBlock;
    private JsonReaderState _state;
    private Position _position = Position.BeforeDocument;
    private int _skipDepth;
    private bool _sawValue;

    private enum Position { BeforeDocument, InDocument, BeforeValue, BeforeNextLink, SkippingValue, InValue, AfterDocument }

    /// <summary>The 1-based position in <c>value</c> of the element last read.</summary>
    public long ElementNumber { get; private set; }

    /// <summary>The page's <c>odata.nextLink</c> or <c>@odata.nextLink</c>, once read.</summary>
    public string? NextLink { get; private set; }

    /// <summary>The next element of <c>value</c>, or null after the last; the caller disposes it.</summary>
    public async ValueTask<JsonDocument?> ReadElementAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            switch (Advance(out var element))
            {
                case Step.Element:
                    return element;
                case Step.End:
                    return null;
                case Step.NeedMoreData:
                    await FillAsync(cancellationToken);
                    break;
            }
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private enum Step { Element, End, NeedMoreData }

    private Step Advance(out JsonDocument? element)
    {
        element = null;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _finalBlock, _state);
        try
        {
            while (true)
            {
                var before = reader.CurrentState;
                var consumedBefore = reader.BytesConsumed;
                if (!reader.Read())
                {
                    Consume(ref reader);
                    return _finalBlock ? Finish() : Step.NeedMoreData;
                }

                if (_position == Position.InValue && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw Malformed($"element {ElementNumber + 1} of 'value' is not an object", ElementNumber + 1);
                    }

                    var elementStart = reader.TokenStartIndex;
                    if (!reader.TrySkip())
                    {
                        // The element is not complete yet: go back to its start and wait for the rest.
                        _start += (int)consumedBefore;
                        _state = before;
                        return Step.NeedMoreData;
                    }

                    ElementNumber++;
                    element = JsonDocument.Parse(_buffer.AsMemory(_start + (int)elementStart, (int)(reader.BytesConsumed - elementStart)).ToArray());
                    Consume(ref reader);
                    return Step.Element;
                }

                Follow(ref reader);
            }
        }
        catch (JsonException ex)
        {
            var where = _position == Position.InValue ? ElementNumber + 1 : 0;
            throw Malformed($"the file is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): {ex.Message}", where);
        }
    }

    /// <summary>Tracks where the reader is outside the elements of <c>value</c>.</summary>
    private void Follow(ref Utf8JsonReader reader)
    {
        switch (_position)
        {
            case Position.BeforeDocument:
                _position = reader.TokenType == JsonTokenType.StartObject
                    ? Position.InDocument
                    : throw Malformed("the file is not an OData page: it does not start with '{'", 0);
                break;
            case Position.InDocument when reader.TokenType == JsonTokenType.EndObject:
                _position = Position.AfterDocument;
                break;
            case Position.InDocument:
                _position = reader.ValueTextEquals("value"u8) ? Position.BeforeValue
                    : reader.ValueTextEquals("odata.nextLink"u8) || reader.ValueTextEquals("@odata.nextLink"u8) ? Position.BeforeNextLink
                    : Position.SkippingValue;
                _skipDepth = -1;
                break;
            case Position.BeforeValue:
                _sawValue = true;
                _position = reader.TokenType == JsonTokenType.StartArray
                    ? Position.InValue
                    : throw Malformed("'value' is not an array", 0);
                break;
            case Position.BeforeNextLink when reader.TokenType == JsonTokenType.String:
                NextLink = reader.GetString();
                _position = Position.InDocument;
                break;
            case Position.BeforeNextLink or Position.SkippingValue:
                Skip(ref reader);
                break;
            case Position.InValue:
                _position = Position.InDocument;
                break;
        }
    }

    /// <summary>Skips a property's value one token at a time, so a large one never has to fit in the buffer.</summary>
    private void Skip(ref Utf8JsonReader reader)
    {
        if (_skipDepth < 0)
        {
            if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                _position = Position.InDocument;
                return;
            }

            _position = Position.SkippingValue;
            _skipDepth = reader.CurrentDepth;
            return;
        }

        if (reader.TokenType is (JsonTokenType.EndObject or JsonTokenType.EndArray) && reader.CurrentDepth == _skipDepth)
        {
            _position = Position.InDocument;
        }
    }

    private Step Finish()
    {
        if (_position != Position.AfterDocument)
        {
            throw Malformed(_position == Position.BeforeDocument ? "the file is empty" : "the file ends before the JSON does", 0);
        }

        return _sawValue ? Step.End : throw Malformed("the file has no 'value' array of records", 0);
    }

    private void Consume(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_finalBlock)
        {
            throw Malformed("the file ends before the JSON does", ElementNumber + 1);
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Grow();
        }

        var read = await file.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        _finalBlock = read == 0;
    }

    private void Grow()
    {
        if (_buffer.Length >= MaxElementSize)
        {
            var where = _position == Position.InValue ? ElementNumber + 1 : 0;
            throw Malformed($"a record or value in the file is larger than {MaxElementSize / 1024} KiB", where);
        }

        var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
        Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    private static ImportFileException Malformed(string message, long line) => new("malformed", message, line);
}
