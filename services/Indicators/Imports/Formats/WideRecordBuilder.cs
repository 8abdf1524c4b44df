namespace Nplv.Indicators.Imports.Formats;

/// <summary>
/// Makes a record of a wide CBS row (a v3 TypedDataSet element, a line of StatLine's CSV download): the row number is
/// dropped, the area key, the period and the chosen dimensions are taken out, and every other field becomes a cell.
/// </summary>
internal sealed class WideRecordBuilder(SourceReaderOptions options)
{
    private readonly string _areaColumn = options.AreaColumn ?? ODataPages.DefaultAreaColumn;
    private readonly string _periodColumn = options.PeriodColumn ?? ODataPages.DefaultPeriodColumn;
    private string? _area;
    private string? _period;
    private bool _hasPeriod;
    private string?[] _dimensions = [];
    private List<SourceCell> _cells = [];

    /// <summary>Adds a field of the row: the area key, the period, a chosen dimension or a cell; the row number is dropped.</summary>
    public void Add(string column, string? text)
    {
        if (column is "ID")
        {
            return;
        }

        if (column == _areaColumn)
        {
            _area = text;
        }
        else if (column == _periodColumn)
        {
            (_period, _hasPeriod) = (text, true);
        }
        else if (options.DimensionIndex(column) is >= 0 and var index)
        {
            if (_dimensions.Length == 0)
            {
                _dimensions = new string?[options.Dimensions.Count];
            }

            _dimensions[index] = text;
        }
        else
        {
            _cells.Add(new SourceCell(column, text));
        }
    }

    /// <summary>The record of the fields added since the last one.</summary>
    public SourceRecord Build(long line)
    {
        var record = new SourceRecord(
            line, ODataPages.RequireArea(_area, _areaColumn, line), ODataPages.CheckPeriod(_period, _hasPeriod, options, line), _cells,
            Dimensions: options.Dimensions.Count == 0 ? null : _dimensions.Length == 0 ? new string?[options.Dimensions.Count] : _dimensions);
        (_area, _period, _hasPeriod, _dimensions, _cells) = (null, null, false, [], []);
        return record;
    }
}
