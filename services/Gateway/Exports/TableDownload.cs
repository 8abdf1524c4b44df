using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Nplv.Gateway.Exports;

/// <summary>A table answered as a CSV or XLSX download, named after the table and the day it was made.</summary>
public sealed class TableDownload<T>(ExportTable<T> table, IAsyncEnumerable<T> rows, TableRequest request, string? subject)
    : IResult, IEndpointMetadataProvider
{
    public async Task ExecuteAsync(HttpContext context)
    {
        var language = request.Language;
        var name = string.Join('-', new[] { table.FileNameIn(language), subject, DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd") }
            .Where(part => !string.IsNullOrEmpty(part)));
        var fileName = $"{name}.{request.Format.Extension()}";
        var response = context.Response;
        response.ContentType = request.Format.ContentType();
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName, FileName = fileName }.ToString();
        var cancellationToken = context.RequestAborted;

        if (request.Format == ExportFormat.Csv)
        {
            await CsvTableWriter.WriteAsync(response.Body, table, rows, language, cancellationToken);
            return;
        }

        // The workbook is built in a temporary file (a zip package needs to seek), then sent whole with its length.
        var path = Path.GetTempFileName();
        await using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await XlsxTableWriter.WriteAsync(file, table, rows, language, SheetName(table.FileNameIn(language)), cancellationToken);
        }
        catch (TableTooLongForSheetException tooLong)
        {
            // Nothing has been sent yet: the download headers give way to the problem.
            response.Headers.ContentDisposition = default;
            await TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["format"] = [tooLong.Message + " Download it as csv, or narrow it."],
            }).ExecuteAsync(context);
            return;
        }

        response.ContentLength = file.Length;
        file.Position = 0;
        await file.CopyToAsync(response.Body, cancellationToken);
    }

    /// <summary>Excel's sheet names are at most 31 characters.</summary>
    private static string SheetName(string name) => name.Length > 31 ? name[..31] : name;

    /// <summary>Marks the route as one that downloads, for OpenAPI to add the table types beside its JSON.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => builder.Metadata.Add(DownloadsTables.Instance);
}

/// <summary>The mark of a route whose table downloads as CSV or XLSX.</summary>
public sealed class DownloadsTables
{
    public static readonly DownloadsTables Instance = new();

    private DownloadsTables()
    {
    }
}

public static class TableDownload
{
    public static TableDownload<T> Of<T>(ExportTable<T> table, IAsyncEnumerable<T> rows, TableRequest request, string? subject = null)
        => new(table, rows, request, subject);
}
