namespace Nplv.Indicators.Imports;

/// <summary>
/// Keeps the records of the dimension values a mapping chooses (RIVM 50090NED: <c>Leeftijd</c> 20300, <c>Marges</c>
/// MW00000) and leaves out the others, counted in one warning per dimension, so a table with more dimensions than
/// area and period gives each figure once.
/// </summary>
public sealed class DimensionFilter(ImportPlan plan, ImportCounters counters, IssueCollector issues)
{
    private readonly IReadOnlyList<string> _columns = plan.DimensionColumns;
    private readonly string[] _chosen = [.. plan.DimensionColumns.Select(c => plan.Mapping!.DimensionValues[c])];

    /// <summary>True when the record has the chosen value of every dimension; otherwise it is counted as left out.</summary>
    public bool Keeps(Formats.SourceRecord record)
    {
        for (var i = 0; i < _columns.Count; i++)
        {
            var value = record.Dimensions?[i]?.Trim();
            if (value is null)
            {
                issues.Error("malformed", $"the row has no '{_columns[i]}', a dimension the mapping chooses a value of", record.Line, _columns[i]);
                return false;
            }

            if (!string.Equals(value, _chosen[i], StringComparison.Ordinal))
            {
                counters.AddRejectedRow();
                issues.Warn(new ImportIssue("other_dimension_value",
                    $"rows with another {_columns[i]} than {_chosen[i]} were left out: the mapping imports {_columns[i]} {_chosen[i]}",
                    record.Line, _columns[i]));
                return false;
            }
        }

        return true;
    }
}
