namespace Nplv.Indicators.Import;

/// <summary>The file formats an import reads.</summary>
public enum ImportFormat
{
    /// <summary>CBS OData v3 TypedDataSet JSON: one row per area, one column per measure.</summary>
    CbsODataV3,

    /// <summary>CBS OData v4 Observations JSON: one row per area, measure and period.</summary>
    CbsODataV4,

    /// <summary>Leefbaarometer open data CSV: lbm, afw, fys, onv, soc, vrz, won keyed by bu_code, wk_code or gm_code.</summary>
    LeefbaarometerCsv,

    /// <summary>CSV with the columns indicator, area, period, value, status and optionally source.</summary>
    LongCsv,
}
