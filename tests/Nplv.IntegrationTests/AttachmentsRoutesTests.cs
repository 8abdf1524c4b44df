using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Nplv.IntegrationTests;

/// <summary>Evidence on a report: judged by content, limited in size and name, downloaded safely, locked with the report.</summary>
[Collection(SuiteCollection.Name)]
public sealed class AttachmentsRoutesTests(SuiteFixture suite)
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    /// <summary>A report in concept on a measure WerkPro takes part in, for a period of its own.</summary>
    public static async Task<string> ReportAsync(SuiteFixture suite, string office)
    {
        var code = ReportsRoutesTests.NewPeriodCode();
        using (var period = await suite.SendAsync(HttpMethod.Post, "/api/v1/periods", office, ReportsRoutesTests.Period(code)))
        {
            Assert.Equal(HttpStatusCode.Created, period.StatusCode);
        }

        var id = await new ReportsRoutesTests(suite).RunningMeasureAsync(office, "Bewijs " + Guid.NewGuid().ToString("N")[..6]);
        var path = $"/api/v1/measures/{id}/reports/{code}";
        using var report = await suite.SendAsync(HttpMethod.Put, path, office, ReportsRoutesTests.Report());
        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        return path;
    }

    public static Task<HttpResponseMessage> UploadAsync(SuiteFixture suite, string reportPath, string token, string fileName, byte[] content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{reportPath}/attachments?fileName={Uri.EscapeDataString(fileName)}")
        {
            Content = new ByteArrayContent(content),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        // As a careful client does with a large body: the gateway may refuse it before any of it is sent.
        request.Headers.ExpectContinue = content.Length > 1024 * 1024;
        return suite.Gateway.SendAsync(request);
    }

    [Fact]
    public async Task AFileIsJudgedByItsContentAndComesBackAsADownloadWithItsType()
    {
        var office = await suite.OfficeTokenAsync();
        var editor = await suite.EditorTokenAsync(GatewayClient.WerkPro, "Wim WerkPro");
        var path = await ReportAsync(suite, office);

        using var uploaded = await UploadAsync(suite, path, editor, "Voortgang mei.pdf", Pdf);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var attachment = await uploaded.JsonAsync();
        Assert.Equal("application/pdf", attachment.GetProperty("contentType").GetString());
        Assert.Equal(Pdf.Length, attachment.GetProperty("sizeBytes").GetInt64());
        Assert.Equal("Wim WerkPro", attachment.GetProperty("uploadedBy").GetProperty("name").GetString());

        using var request = new HttpRequestMessage(HttpMethod.Get, uploaded.Headers.Location) { Headers = { Authorization = new("Bearer", office) } };
        using var download = await suite.Gateway.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Voortgang mei.pdf", download.Content.Headers.ContentDisposition.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        // Word and Excel files are known as the packages they are.
        using var docx = await UploadAsync(suite, path, editor, "notulen.docx", OfficePackage("word/document.xml"));
        Assert.Equal(HttpStatusCode.Created, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (await docx.JsonAsync()).GetProperty("contentType").GetString());

        var refusals = new (string Name, byte[] Content, string Field)[]
        {
            ("verslag.pdf", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "file"),
            ("foto.pdf", PngSignature, "fileName"),
            ("verslag.docx", OfficePackage("other/part.xml"), "file"),
            ("../../etc/verslag.pdf", Pdf, "fileName"),
            ("map/verslag.pdf", Pdf, "fileName"),
            ("C:\\verslag.pdf", Pdf, "fileName"),
            ("verslag.exe", Pdf, "fileName"),
            ("leeg.pdf", [], "file"),
            ("groot.pdf", [.. Pdf, .. new byte[20 * 1024 * 1024]], "file"),
        };
        foreach (var (name, content, field) in refusals)
        {
            using var refused = await UploadAsync(suite, path, editor, name, content);
            var problem = await refused.ProblemAsync(400);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{name}: {problem}");
        }

        // Far over the limit is refused while it is read.
        using (var huge = await UploadAsync(suite, path, editor, "enorm.pdf", [.. Pdf, .. new byte[21 * 1024 * 1024]]))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        }

        using (var outsider = await UploadAsync(suite, path, await suite.EditorTokenAsync(GatewayClient.AlfaCollege), "verslag.pdf", Pdf))
        {
            await outsider.ProblemAsync(403);
        }

        var report = await suite.GetOkJsonAsync(path, editor);
        Assert.Equal(["Voortgang mei.pdf", "notulen.docx"], report.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("fileName").GetString()));

        // Submitted, the report takes no more files and keeps the ones it has.
        using var read = await suite.SendAsync(HttpMethod.Get, path, editor);
        var tag = read.Headers.ETag!.Tag;
        using (var submitted = await suite.SendAsync(HttpMethod.Post, $"{path}/transitions", editor, new { toState = "ingediend" }, ifMatch: tag))
        {
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        }

        using (var late = await UploadAsync(suite, path, editor, "nagekomen.pdf", Pdf))
        {
            await late.ProblemAsync(409);
        }

        using (var removed = await suite.SendAsync(HttpMethod.Delete, uploaded.Headers.Location!.OriginalString, editor))
        {
            await removed.ProblemAsync(409);
        }

        Assert.Equal(2, (await suite.GetOkJsonAsync(path, editor)).GetProperty("attachments").GetArrayLength());
    }

    /// <summary>A minimal OOXML package whose main part is <paramref name="mainPart"/>.</summary>
    public static byte[] OfficePackage(string mainPart)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", mainPart })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<?xml version=\"1.0\"?><x/>");
            }
        }

        return stream.ToArray();
    }
}
