using Nplv.Gateway.Models;

namespace Nplv.Gateway.Views;

/// <summary>An area at a glance. A part named in <see cref="Degraded"/> could not be loaded: its fields are null or its list empty.</summary>
public sealed record AreaDashboard(
    string Code,
    AreaDto? Area,
    string CityAreaCode,
    IReadOnlyList<TrackedIndicator> Indicators,
    IReadOnlyList<MeasureSummary> Measures,
    IReadOnlyList<PartnerActivity> Partners,
    IReadOnlyList<string> Degraded);

/// <summary>A figure with its year, status and source.</summary>
public sealed record ValueDto(int Year, double? Value, string Status, string Source);

/// <summary>
/// One indicator in the area: its latest figure, the city's, and its target with the status the trend gives
/// (achieved, on_track, off_track, insufficient_data; no_target when none is set).
/// </summary>
public sealed record TrackedIndicator(
    string Code,
    string? Name,
    string? Unit,
    string? Direction,
    string? Theme,
    ValueDto? Latest,
    ValueDto? City,
    TargetDto? Target,
    string Status);

public sealed record PartnerRef(string Id, string? Name);

public sealed record MeasureSummary(
    string Id, string Title, string Theme, string Status, IReadOnlyList<string> AreaCodes, PartnerRef LeadPartner, long BudgetCents);

public sealed record PartnerActivity(string Id, string Name, string Type, bool Archived, int Leads, int TakesPartIn);
