namespace Nplv.Measures.Domain;

/// <summary>
/// How a measure's status may change. Afgerond and gestopt are final: a measure that ended is a record of what was
/// done, and a new start is a new measure.
/// </summary>
public static class MeasureStatusTransitions
{
    private static readonly Dictionary<MeasureStatus, MeasureStatus[]> Allowed = new()
    {
        [MeasureStatus.Idee] = [MeasureStatus.Gepland, MeasureStatus.Gestopt],
        [MeasureStatus.Gepland] = [MeasureStatus.Lopend, MeasureStatus.Idee, MeasureStatus.Gestopt],
        [MeasureStatus.Lopend] = [MeasureStatus.Afgerond, MeasureStatus.Gestopt],
        [MeasureStatus.Afgerond] = [],
        [MeasureStatus.Gestopt] = [],
    };

    public static bool IsAllowed(MeasureStatus from, MeasureStatus to) => from == to || Allowed[from].Contains(to);
}
