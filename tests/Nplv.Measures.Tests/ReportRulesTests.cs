using System.IO.Compression;
using System.Text;
using Nplv.Measures.Reports;

namespace Nplv.Measures.Tests;

/// <summary>The reporting cycle's rules on their own: period codes, the review's moves, and which files a report takes.</summary>
public sealed class ReportRulesTests
{
    [Theory]
    [InlineData("2025", "2025-01-01", "2025-12-31", "2025")]
    [InlineData("2025-H1", "2025-01-01", "2025-06-30", "2025, eerste helft")]
    [InlineData("2025-H2", "2025-07-01", "2025-12-31", "2025, tweede helft")]
    [InlineData("2024-Q1", "2024-01-01", "2024-03-31", "2024, kwartaal 1")]
    [InlineData("2024-Q4", "2024-10-01", "2024-12-31", "2024, kwartaal 4")]
    public void APeriodCodeFixesWhatThePeriodCovers(string code, string start, string end, string name)
    {
        Assert.True(PeriodCode.TryParse(code, out var from, out var to, out var named));
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), from);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), to);
        Assert.Equal(name, named);
    }

    [Theory]
    [InlineData("2025-H3")]
    [InlineData("2025-Q5")]
    [InlineData("2025-q1")]
    [InlineData("1999")]
    [InlineData("2101-H1")]
    [InlineData("25")]
    [InlineData(" 2025")]
    [InlineData("2025\n")]
    [InlineData("")]
    [InlineData(null)]
    public void AnythingElseIsNoPeriod(string? code) => Assert.False(PeriodCode.TryParse(code, out _, out _, out _));

    [Fact]
    public void OnlyTheReviewsOwnMovesExistAndTheOfficesAreItsOwn()
    {
        var states = Enum.GetValues<ReportState>();
        var moves = states.SelectMany(from => states.Select(to => (from, to, move: ReportTransitions.Find(from, to))))
            .Where(m => m.move is not null)
            .Select(m => $"{m.from}>{m.to}{(m.move!.OfficeOnly ? " office" : "")}{(m.move.NeedsReason ? " reason" : "")}")
            .Order()
            .ToList();
        Assert.Equal(
            [
                "Concept>Ingediend",
                "Goedgekeurd>Concept office reason",
                "Ingediend>Concept",
                "Ingediend>Goedgekeurd office",
                "Ingediend>Teruggestuurd office reason",
                "Teruggestuurd>Concept",
            ],
            moves);
        Assert.False(ReportTransitions.IsWritable(ReportState.Ingediend));
        Assert.False(ReportTransitions.IsWritable(ReportState.Goedgekeurd));
    }

    [Fact]
    public void AnEditorWritesOnlyForItsOwnPartners()
    {
        var partner = Guid.NewGuid();
        var editor = new Actor("s", "Wim", Actor.PartnerEditorRole, partner);
        Assert.True(editor.EditsFor(new HashSet<Guid> { partner }));
        Assert.False(editor.EditsFor(new HashSet<Guid> { Guid.NewGuid() }));
        Assert.False(new Actor("s", "Wim", "visitor", partner).EditsFor(new HashSet<Guid> { partner }));
        Assert.True(new Actor("s", "Petra", Actor.ProgrammeOfficeRole, null).EditsFor(new HashSet<Guid>()));
    }

    [Fact]
    public void AFileIsKnownByItsContentNotItsName()
    {
        Assert.Equal("application/pdf", AttachmentFiles.Detect("%PDF-1.7\n"u8.ToArray())?.ContentType);
        Assert.Equal("image/png", AttachmentFiles.Detect(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 })?.ContentType);
        Assert.Equal("image/jpeg", AttachmentFiles.Detect(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 })?.ContentType);
        Assert.Equal("XLSX", AttachmentFiles.Detect(Package("xl/workbook.xml"))?.Name);
        Assert.Equal("DOCX", AttachmentFiles.Detect(Package("word/document.xml"))?.Name);
        Assert.Null(AttachmentFiles.Detect(Package("ppt/presentation.xml")));
        Assert.Null(AttachmentFiles.Detect("PK\u0003\u0004 kapot"u8.ToArray()));
        Assert.Null(AttachmentFiles.Detect(Encoding.UTF8.GetBytes("<html><script>alert(1)</script>")));
        Assert.Null(AttachmentFiles.Detect(ReadOnlyMemory<byte>.Empty));
    }

    [Theory]
    [InlineData("verslag.pdf", true)]
    [InlineData("Foto Selwerd.JPG", true)]
    [InlineData("cijfers.xlsx", true)]
    [InlineData("../verslag.pdf", false)]
    [InlineData("map/verslag.pdf", false)]
    [InlineData("map\\verslag.pdf", false)]
    [InlineData("c:verslag.pdf", false)]
    [InlineData("verslag\u0000.pdf", false)]
    [InlineData(" verslag.pdf", false)]
    [InlineData("...", false)]
    [InlineData("verslag.exe", false)]
    [InlineData("verslag.pdf.exe", false)]
    [InlineData("", false)]
    public void ANameIsAPlainFileNameWithAKnownExtension(string name, bool accepted)
        => Assert.Equal(accepted, AttachmentFiles.CheckName(name) is null);

    private static byte[] Package(string mainPart)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", mainPart })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }
        }

        return stream.ToArray();
    }
}
