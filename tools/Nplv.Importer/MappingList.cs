using Nplv.Indicators.V1;

namespace Nplv.Importer;

/// <summary>The mappings the service knows, one line each, to pick a <c>--mapping name@version</c> from.</summary>
public static class MappingList
{
    public static void Write(TextWriter output, IReadOnlyCollection<ImportMapping> mappings)
    {
        if (mappings.Count == 0)
        {
            output.WriteLine("The service knows no mappings.");
            return;
        }

        var nameWidth = Math.Max("mapping".Length, mappings.Max(m => m.Name.Length + 1 + m.Version.ToString().Length));
        var formatWidth = Math.Max("format".Length, mappings.Max(m => CommandLine.FormatName(m.Format).Length));
        output.WriteLine($"{"mapping".PadRight(nameWidth)}  {"format".PadRight(formatWidth)}  source");
        foreach (var mapping in mappings)
        {
            output.WriteLine($"{$"{mapping.Name}@{mapping.Version}".PadRight(nameWidth)}  {CommandLine.FormatName(mapping.Format).PadRight(formatWidth)}  {mapping.Source}");
            if (mapping.Description.Length > 0)
            {
                output.WriteLine($"{new string(' ', nameWidth + formatWidth + 4)}{mapping.Description}");
            }
        }
    }
}
