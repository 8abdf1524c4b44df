using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Nplv.Gateway.Models;

namespace Nplv.Gateway.Exports;

/// <summary>
/// The download query of every table route. As CSV or XLSX a list holds every matching row, without paging;
/// <c>language=nl</c> gives the dashboard's downloads: Dutch headers and labels, and, in CSV, the semicolons and
/// decimal commas a Dutch spreadsheet reads.
/// </summary>
public sealed record ExportQuery(
    [property: FromQuery(Name = "format"), Description("json (the default), csv or xlsx; an Accept header of text/csv or the XLSX type asks the same")] string? Format,
    [property: FromQuery(Name = "language"), Description("en (the default: the JSON's field names and codes) or nl (Dutch headers and labels)")] string? Language)
{
    /// <summary>The format and language asked for; a bad value is an input error of its parameter.</summary>
    public TableRequest Resolve(HttpContext context, InputErrors errors)
    {
        var format = ExportFormat.Json;
        if (Format is { Length: > 0 } named)
        {
            if (!ExportFormats.TryParse(named, out format))
            {
                errors.Add("format", "Must be json, csv or xlsx.");
            }
        }
        else
        {
            format = ExportFormats.FromAccept(context.Request.GetTypedHeaders().Accept);
        }

        var dutch = false;
        if (Language is { Length: > 0 } language)
        {
            dutch = language.Equals("nl", StringComparison.OrdinalIgnoreCase);
            if (!dutch && !language.Equals("en", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add("language", "Must be en or nl.");
            }
        }

        return new TableRequest(format, dutch ? ExportLanguage.Dutch : ExportLanguage.English);
    }
}

public enum ExportLanguage
{
    English,
    Dutch,
}

/// <summary>How a table is to be answered: <see cref="IsDownload"/> when as CSV or XLSX.</summary>
public sealed record TableRequest(ExportFormat Format, ExportLanguage Language)
{
    public bool IsDownload => Format != ExportFormat.Json;
}
