namespace Nplv.Indicators.Import.Formats;

public static class SourceReaders
{
    public static ISourceReader For(ImportFormat format) => format switch
    {
        ImportFormat.LongCsv => new LongCsvReader(),
        _ => throw new NotSupportedException($"No reader for {format} yet."),
    };
}
