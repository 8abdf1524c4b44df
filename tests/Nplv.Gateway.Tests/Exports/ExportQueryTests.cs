using Microsoft.AspNetCore.Http;
using Nplv.Gateway.Exports;
using Nplv.Gateway.Models;

namespace Nplv.Gateway.Tests.Exports;

public sealed class ExportQueryTests
{
    [Theory]
    [InlineData(null, null, ExportFormat.Json)]
    [InlineData(null, "application/json", ExportFormat.Json)]
    [InlineData(null, "text/csv", ExportFormat.Csv)]
    [InlineData(null, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ExportFormat.Xlsx)]
    [InlineData(null, "application/json;q=0.5, text/csv", ExportFormat.Csv)]
    [InlineData(null, "text/csv;q=0.4, application/json", ExportFormat.Json)]
    [InlineData(null, "*/*", ExportFormat.Json)]
    [InlineData("xlsx", "text/csv", ExportFormat.Xlsx)]
    [InlineData("CSV", null, ExportFormat.Csv)]
    [InlineData("json", "text/csv", ExportFormat.Json)]
    public void TheFormatParameterWinsOverTheAcceptHeader(string? format, string? accept, ExportFormat expected)
    {
        var context = new DefaultHttpContext();
        if (accept is not null) context.Request.Headers.Accept = accept;
        var errors = new InputErrors();

        var request = new ExportQuery(format, null).Resolve(context, errors);

        Assert.False(errors.Any);
        Assert.Equal(expected, request.Format);
        Assert.Equal(ExportLanguage.English, request.Language);
    }

    [Fact]
    public void AnUnknownFormatOrLanguageIsAnErrorOfItsParameter()
    {
        var errors = new InputErrors();
        new ExportQuery("pdf", "fr").Resolve(new DefaultHttpContext(), errors);
        var fields = errors.ToDictionary();
        Assert.Contains("format", fields.Keys);
        Assert.Contains("language", fields.Keys);
    }

    [Fact]
    public void DutchIsAskedWithNl()
        => Assert.Equal(ExportLanguage.Dutch, new ExportQuery("csv", "NL").Resolve(new DefaultHttpContext(), new InputErrors()).Language);
}
