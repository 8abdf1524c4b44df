namespace Nplv.Gateway.Views;

/// <summary>The programme per theme. A part named in <see cref="Degraded"/> is null in every theme, never a false zero.</summary>
public sealed record ProgrammeOverview(IReadOnlyList<ThemeSummary> Themes, IReadOnlyList<string> Degraded);

public sealed record ThemeSummary(
    string Theme,
    int? Measures,
    IReadOnlyDictionary<string, int>? MeasuresByStatus,
    long? BudgetCents,
    IndicatorProgress? Indicators);

/// <summary>Targets of the theme's indicators by status, counted per indicator and area.</summary>
public sealed record IndicatorProgress(int Tracked, int Achieved, int OnTrack, int OffTrack, int InsufficientData);
