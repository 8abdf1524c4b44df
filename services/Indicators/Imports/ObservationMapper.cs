using Nplv.Indicators.Domain;
using Nplv.Indicators.Imports.Formats;
using Nplv.Indicators.Imports.Mapping;
using Nplv.Shared.Data;

namespace Nplv.Indicators.Imports;

/// <summary>
/// Turns a file's records into observations by the import's mapping: area codes trimmed and looked up, periods read
/// as years, values scaled, suppressed cells kept as missing values (never zero). Records of areas the service does
/// not know, or of years their area's code is not valid, are left out and reported; columns without a mapping are
/// reported once each; anything unreadable is an error naming its line and column.
/// </summary>
public sealed class ObservationMapper(ImportPlan plan, ImportCounters counters, IssueCollector issues)
{
    private const int MaxSourceLength = 500;

    private readonly ImportMapping? _mapping = plan.Mapping;
    private readonly bool _cbs = plan.Format.IsCbs();
    private readonly string _defaultStatus = (plan.Mapping?.Status ?? ObservationStatus.Definitief).ToColumn();

    /// <summary>
    /// Warns where the table's metadata gives a mapped column another unit than the mapping does and no scale
    /// explains the difference: a sign that the mapping was made for another table.
    /// </summary>
    public void ReportUnitDifferences()
    {
        foreach (var (column, target) in _mapping?.Columns ?? new Dictionary<string, ColumnMapping>())
        {
            if (plan.Metadata?.Columns.TryGetValue(column, out var described) == true && target.Scale == 1
                && described.Unit.Length > 0 && !string.Equals(described.Unit, target.Unit, StringComparison.OrdinalIgnoreCase))
            {
                issues.Warn(new ImportIssue("unit_mismatch",
                    $"column '{column}' is in '{described.Unit}' by the table's metadata, but the mapping takes it as '{target.Unit}'",
                    Field: column));
            }
        }
    }

    public void Map(SourceRecord record, List<StagedObservation> into)
    {
        counters.AddRow();
        var areaCode = record.AreaKey.Trim();
        if (areaCode.Length == 0)
        {
            issues.Error("bad_area", "the row has no area code", record.Line, plan.Mapping?.AreaColumn ?? "area");
            return;
        }

        if (!TryYear(record, out var year) || !TryStatus(record, out var status) || !TrySource(record, out var source))
        {
            return;
        }

        if (!plan.References.Areas.TryGetValue(areaCode, out var valid))
        {
            Reject("unknown_area", areaCode, $"area '{areaCode}' is not known to the service; its rows were left out", record.Line);
            return;
        }

        if (year < valid.From || year > valid.To)
        {
            Reject("area_not_valid", areaCode,
                $"area '{areaCode}' has no code in {year} (valid {valid.From}-{valid.To?.ToString() ?? "now"}); its rows of that year were left out",
                record.Line);
            return;
        }

        foreach (var cell in record.Cells)
        {
            if (Target(cell.Column, record.Line) is not { } target)
            {
                continue;
            }

            var field = plan.Format == ImportFormat.LongCsv ? "value" : cell.Column;
            double? value = null;
            var negativeSuppressed = false;
            if (!cell.Suppressed && !CellValues.TryRead(cell.Text, _cbs && !target.Signed, out value, out negativeSuppressed))
            {
                issues.Error("bad_value", $"'{Shorten(cell.Text)}' is not a number", record.Line, field);
                continue;
            }

            if (negativeSuppressed)
            {
                issues.Warn(new ImportIssue("negative_suppressed",
                    $"column '{cell.Column}' holds negative figures, which CBS uses to mark suppressed cells: they were imported as " +
                    "missing values (a mapping column with \"signed\": true keeps them)", record.Line, cell.Column));
            }

            var scaled = value * target.Scale;
            if (scaled is { } number && !double.IsFinite(number))
            {
                issues.Error("bad_value", $"'{Shorten(cell.Text)}' times the mapping's scale {target.Scale} is too large", record.Line, field);
                continue;
            }

            counters.AddObservation(missing: value is null);
            into.Add(new StagedObservation(record.Line, target.Indicator, areaCode, year, scaled, status, source));
        }
    }

    /// <summary>The indicator a column's values become, or null when the column is not imported.</summary>
    private ColumnMapping? Target(string column, long line)
    {
        if (_mapping is not null && _mapping.Columns.TryGetValue(column, out var mapped))
        {
            return mapped;
        }

        if (plan.Format == ImportFormat.LongCsv)
        {
            // Without a mapping entry, the indicator column of a long CSV holds the indicator's code itself.
            if (plan.References.IndicatorUnits.TryGetValue(column.Trim(), out var unit))
            {
                return new ColumnMapping(column.Trim(), unit, Signed: true);
            }

            issues.Error("unknown_indicator", $"no indicator '{Shorten(column)}'", line, "indicator");
            return null;
        }

        if (_mapping?.Ignore.Contains(column) == true)
        {
            return null;
        }

        if (plan.Metadata is null)
        {
            issues.Warn(new ImportIssue("unmapped_column", $"column '{column}' has no mapping; its values were not imported", line, column));
        }
        else if (plan.Metadata.Columns.TryGetValue(column, out var described) && described.IsMeasure)
        {
            // Only figures are worth reporting; the table's names and codes are not.
            issues.Warn(new ImportIssue("unmapped_column",
                $"column '{column}' ({described.Title}, {described.Unit}) has no mapping; its values were not imported", line, column));
        }

        return null;
    }

    private bool TryYear(SourceRecord record, out int year)
    {
        year = 0;
        if (record.Period is null)
        {
            if (_mapping?.Year is { } fixedYear)
            {
                year = fixedYear;
                return true;
            }

            issues.Error("bad_period", "the row has no period and the mapping gives no year", record.Line, _mapping?.PeriodColumn ?? "period");
            return false;
        }

        if (CellValues.TryReadYear(record.Period, out year))
        {
            return true;
        }

        issues.Error("bad_period", $"'{Shorten(record.Period)}' is not a year (2024 or 2024JJ00): only yearly figures are imported",
            record.Line, _mapping?.PeriodColumn ?? "period");
        return false;
    }

    private bool TryStatus(SourceRecord record, out string status)
    {
        status = _defaultStatus;
        if (record.Status is null)
        {
            return true;
        }

        if (EnumColumn.TryParse<ObservationStatus>(record.Status.Trim()) is { } parsed)
        {
            status = parsed.ToColumn();
            return true;
        }

        issues.Error("bad_status", $"'{Shorten(record.Status)}' is not a status: definitief or voorlopig", record.Line, "status");
        return false;
    }

    private bool TrySource(SourceRecord record, out string? source)
    {
        source = record.Source?.Trim();
        if (string.IsNullOrEmpty(source))
        {
            source = null;
            if (_mapping is null)
            {
                issues.Error("missing_source", "the row names no source and no mapping gives one", record.Line, "source");
                return false;
            }

            return true;
        }

        if (source.Length > MaxSourceLength || source.Contains('\0', StringComparison.Ordinal))
        {
            issues.Error("bad_source", $"the source must be at most {MaxSourceLength} characters of text", record.Line, "source");
            return false;
        }

        return true;
    }

    private void Reject(string kind, string areaCode, string message, long line)
    {
        counters.AddRejectedRow();
        issues.Warn(new ImportIssue(kind, message, line, areaCode));
    }

    private static string Shorten(string? text)
        => text is null ? "" : text.Length <= 40 ? text : text[..40] + "...";
}
