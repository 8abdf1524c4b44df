using System.Runtime.CompilerServices;

namespace Nplv.Indicators.Imports.Formats;

/// <summary>
/// StatLine's CSV download of a table: the columns of its TypedDataSet (<c>"ID";"WijkenEnBuurten";"Perioden";...</c>),
/// ';' between fields, every field quoted, codes and numbers padded with spaces (<c>"BU00141000  "</c>,
/// <c>"    79.0"</c>), '.' for a figure StatLine does not give. Its records are those of the TypedDataSet itself.
/// </summary>
public sealed class StatLineCsvReader : ISourceReader
{
    public async IAsyncEnumerable<SourceRecord> ReadAsync(
        Stream file, SourceReaderOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var csv = CsvFiles.Open(file);
        var headers = (await CsvFiles.ReadHeaderAsync(csv, cancellationToken)).Select(h => h.Trim()).ToArray();
        CsvFiles.RequiredColumn(headers, options.AreaColumn ?? ODataPages.DefaultAreaColumn);
        var record = new WideRecordBuilder(options);
        while (await CsvFiles.ReadAsync(csv, cancellationToken))
        {
            for (var i = 0; i < headers.Length; i++)
            {
                record.Add(headers[i], CsvFiles.TextOrNull(csv, i));
            }

            yield return record.Build(csv.LineNumber);
        }
    }
}
