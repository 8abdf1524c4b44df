namespace Nplv.Indicators.Imports.Formats;

public static class SourceReaders
{
    public static ISourceReader For(ImportFormat format) => format switch
    {
        ImportFormat.CbsODataV3 => new CbsODataV3Reader(),
        ImportFormat.CbsODataV4 => new CbsODataV4Reader(),
        ImportFormat.LeefbaarometerCsv => new LeefbaarometerCsvReader(),
        ImportFormat.LongCsv => new LongCsvReader(),
        ImportFormat.StatLineCsv => new StatLineCsvReader(),
        _ => throw new NotSupportedException($"No reader for {format}."),
    };
}
