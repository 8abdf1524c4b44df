using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Nplv.Gateway.Models;

namespace Nplv.Gateway.Imports;

/// <summary>
/// Reads an import's multipart form as it arrives: the file straight to a temporary file, the other parts (small)
/// into memory. The request may be as large as the file limit allows, not just the gateway's usual limit.
/// </summary>
public static class ImportUploadReader
{
    private const string MultipartFormData = "multipart/form-data";
    private const int MaxTextFieldBytes = 1024;

    // Room for the small parts, their headers and the boundaries around the file.
    private const long FormOverheadBytes = 64 * 1024;

    // What the multipart reader's own exceptions name as their source.
    private static readonly string? MultipartReaderAssembly = typeof(MultipartReader).Assembly.GetName().Name;

    /// <summary>The form's parts, field errors in <paramref name="errors"/>; or a 413 or 415 when the body cannot be taken.</summary>
    public static async Task<(ImportUpload? Upload, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, ImportOptions options, InputErrors errors, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(MultipartFormData, StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary) is not { Length: > 0 } boundary)
        {
            return (null, TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "An import is sent as multipart/form-data.",
                detail: $"Send the file in the form field '{ImportFormFields.File}', with '{ImportFormFields.Format}' and optionally "
                    + $"'{ImportFormFields.Mapping}', '{ImportFormFields.MappingDocument}' and '{ImportFormFields.Metadata}'."));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = options.MaxFileBytes + (2 * options.MaxPartBytes) + FormOverheadBytes;
        }

        var upload = new ImportUpload();
        try
        {
            var problem = await ReadPartsAsync(
                new MultipartReader(boundary.ToString(), request.Body), upload, options, errors, cancellationToken);
            if (problem is null && !errors.Any)
            {
                return (upload, null);
            }

            await upload.DisposeAsync();
            return (null, problem);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await upload.DisposeAsync();
            return (null, TooLarge("The request", options.MaxFileBytes + (2 * options.MaxPartBytes)));
        }
        catch (InvalidDataException ex)
        {
            // A malformed multipart body (a missing boundary, headers too long).
            await upload.DisposeAsync();
            errors.Add("$", $"is not a readable multipart form: {ex.Message}");
            return (null, null);
        }
        catch (IOException ex) when (ex.Source == MultipartReaderAssembly)
        {
            // The multipart reader's own complaint, not the disk's: the body ended before the form's closing boundary.
            await upload.DisposeAsync();
            errors.Add("$", "is not a readable multipart form: it ends before its closing boundary");
            return (null, null);
        }
        catch
        {
            await upload.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Reads the parts until the end, a problem, or the first part in error (named in <paramref name="errors"/>): the
    /// rest of the body is not read, so a request of many bad parts costs no more than one.
    /// </summary>
    private static async Task<ProblemHttpResult?> ReadPartsAsync(
        MultipartReader reader, ImportUpload upload, ImportOptions options, InputErrors errors, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
                || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { Length: > 0 } name)
            {
                errors.Add("$", "every part needs Content-Disposition: form-data with a name");
                return null;
            }

            if (!ImportFormFields.All.Contains(name))
            {
                errors.Add(name, $"is not a field of an import; the fields are {string.Join(", ", ImportFormFields.All)}");
                return null;
            }

            if (!seen.Add(name))
            {
                errors.Add(name, "is given more than once");
                return null;
            }

            switch (name)
            {
                case ImportFormFields.File:
                    upload.File = await ImportFile.SaveAsync(
                        section.Body, FileNameOf(disposition), options.UploadDirectory, options.MaxFileBytes, cancellationToken);
                    if (upload.File is null)
                    {
                        return TooLarge($"The field '{name}'", options.MaxFileBytes);
                    }

                    break;
                case ImportFormFields.Metadata:
                    upload.Metadata = await ReadSmallAsync(section.Body, options.MaxPartBytes, cancellationToken);
                    if (upload.Metadata is null)
                    {
                        return TooLarge($"The field '{name}'", options.MaxPartBytes);
                    }

                    break;
                case ImportFormFields.MappingDocument:
                    upload.MappingDocument = await ReadTextAsync(section.Body, options.MaxPartBytes, cancellationToken);
                    if (upload.MappingDocument is null)
                    {
                        return TooLarge($"The field '{name}'", options.MaxPartBytes);
                    }

                    break;
                default:
                    var text = await ReadTextAsync(section.Body, MaxTextFieldBytes, cancellationToken);
                    if (text is null)
                    {
                        errors.Add(name, $"must be at most {MaxTextFieldBytes} bytes");
                        return null;
                    }
                    else
                    {
                        upload.SetText(name, text);
                    }

                    break;
            }
        }

        return null;
    }

    private static string FileNameOf(ContentDispositionHeaderValue disposition)
    {
        var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
        // Only the name: a browser may send a whole path.
        return Path.GetFileName(name.Replace('\\', '/'));
    }

    private static async Task<string?> ReadTextAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
        => await ReadSmallAsync(body, maxBytes, cancellationToken) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>The part's bytes, or null when there are more than <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadSmallAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (memory.Length + read > maxBytes)
            {
                return null;
            }

            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }

    private static ProblemHttpResult TooLarge(string what, long maxBytes) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The import is too large.",
        detail: $"{what} may be at most {maxBytes} bytes; see Gateway:Imports:MaxFileBytes and Gateway:Imports:MaxPartBytes.");
}
