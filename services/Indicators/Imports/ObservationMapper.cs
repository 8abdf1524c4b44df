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
    private readonly DimensionFilter _dimensions = new(plan, counters, issues);
    private readonly bool _wideTable = plan.Format is ImportFormat.CbsODataV3 or ImportFormat.StatLineCsv;

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
        if (!_dimensions.Keeps(record))
        {
            return;
        }

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

        // Figures on another year's division (50090NED gives 2012 on the division of 2020) are checked in that year.
        var divisionYear = _mapping?.DivisionYear ?? year;
        if (divisionYear < valid.From || divisionYear > valid.To)
        {
            Reject("area_not_valid", areaCode, _mapping?.DivisionYear is null
                ? $"area '{areaCode}' has no code in {year} (valid {valid.From}-{valid.To?.ToString() ?? "now"}); its rows of that year were left out"
                : $"area '{areaCode}' has no code in the division of {divisionYear} the mapping names (valid {valid.From}-{valid.To?.ToString() ?? "now"}); its rows were left out",
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
            if (_wideTable)
            {
                CountMeasured(target.Indicator, year, scaled is not null);
            }
            into.Add(new StagedObservation(record.Line, target.Indicator, areaCode, year, scaled, status, source));
        }
    }

    // Per indicator and year: whether any area has a value, and how many have none.
    private readonly Dictionary<(string Indicator, int Year), (bool AnyValue, long Missing)> _measured = [];

    private void CountMeasured(string indicator, int year, bool hasValue)
    {
        var (anyValue, missing) = _measured.GetValueOrDefault((indicator, year));
        _measured[(indicator, year)] = (anyValue || hasValue, hasValue ? missing : missing + 1);
    }

    /// <summary>
    /// The indicators and years without a value for any of several areas, in a wide CBS table. Such a table gives a
    /// cell for every column in every period, also where a figure was not measured that year (50090NED has no
    /// Vrijwilligerswerk in 2012); CBS's JSON writes those as null, just like a figure it suppresses for a small
    /// buurt. A year in which no area has a value was not measured, so its empty cells are no observations; an empty
    /// cell beside other areas' values is a suppressed figure and is kept as a missing value. Each is reported once,
    /// and the counts corrected.
    /// </summary>
    public IReadOnlyList<(string Indicator, int Year)> TakeNotMeasured()
    {
        var notMeasured = _measured.Where(m => !m.Value.AnyValue && m.Value.Missing > 1).ToList();
        foreach (var ((indicator, year), (_, missing)) in notMeasured)
        {
            counters.RemoveMissingObservations(missing);
            issues.Warn(new ImportIssue("not_measured",
                $"no area has a figure of '{indicator}' in {year}: taken as not measured that year, so nothing of it was imported",
                Field: $"{indicator} {year}"));
        }

        return [.. notMeasured.Select(m => m.Key)];
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
            issues.Warn(new ImportIssue("unmapped_column", column.Trim().Length == 0
                ? "a column without a name (a row number, say) has no mapping; its values were not imported"
                : $"column '{column}' has no mapping; its values were not imported", line, column));
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
