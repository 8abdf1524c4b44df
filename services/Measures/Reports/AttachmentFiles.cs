using System.IO.Compression;

namespace Nplv.Measures.Reports;

/// <summary>
/// Which files a report takes, judged by their content, never by their name alone: PDF, PNG and JPEG by their
/// signatures, DOCX and XLSX as the OOXML packages they are (a ZIP whose main part is Word's or Excel's). The name
/// must be a plain file name whose extension agrees with the content, so a download is what its name says.
/// </summary>
public static class AttachmentFiles
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public const int MaxPerReport = 20;
    public const int MaxNameLength = 200;

    private static readonly FileType Pdf = new("application/pdf", "PDF", [".pdf"]);
    private static readonly FileType Png = new("image/png", "PNG", [".png"]);
    private static readonly FileType Jpeg = new("image/jpeg", "JPEG", [".jpg", ".jpeg"]);
    private static readonly FileType Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX", [".docx"]);
    private static readonly FileType Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX", [".xlsx"]);

    public const string Accepted = "PDF, PNG, JPEG, DOCX or XLSX";

    public sealed record FileType(string ContentType, string Name, string[] Extensions);

    /// <summary>Why the name cannot be a file's name, or null when it can.</summary>
    public static string? CheckName(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "is required";
        }

        if (name.Length > MaxNameLength)
        {
            return $"must be at most {MaxNameLength} characters";
        }

        // A name, not a path: no folders, no drive, nothing that climbs out of where it is saved.
        if (name.IndexOfAny(['/', '\\', ':']) >= 0 || name.Any(char.IsControl) || name.Trim('.', ' ').Length == 0 || name != name.Trim())
        {
            return "must be a file name without folders, control characters or surrounding spaces";
        }

        return Array.Exists([Pdf, Png, Jpeg, Docx, Xlsx], type => type.Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            ? null
            : $"must end in the extension of a {Accepted} file";
    }

    /// <summary>The file's type from its content; null when it is none of the accepted ones.</summary>
    public static FileType? Detect(ReadOnlyMemory<byte> content)
    {
        var bytes = content.Span;
        if (bytes.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        return bytes.StartsWith("PK\u0003\u0004"u8) ? OfficePackage(content) : null;
    }

    /// <summary>Whether the name's extension is one of the type's.</summary>
    public static bool NameFits(string name, FileType type) => type.Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static FileType? OfficePackage(ReadOnlyMemory<byte> content)
    {
        try
        {
            // The received buffer itself when it is one, not a copy of it.
            using var stream = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(content, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(content.ToArray(), writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            var names = zip.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml"))
            {
                return null;
            }

            return names.Contains("word/document.xml") ? Docx : names.Contains("xl/workbook.xml") ? Xlsx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
