namespace Nplv.IntegrationTests.Reliability;

/// <summary>
/// Generates, from one seed, calls straight to the three services that each must refuse with a client error: messages
/// with one bad field each, and bytes or frames that are no message at all.
/// </summary>
internal sealed class MalformedGrpcMessages(GrpcKnownEntities known, string period, int seed)
{
    public IEnumerable<MalformedCall> All(int count)
    {
        var random = new Random(seed);
        var partners = new MalformedPartnerMessages(random, known);
        var measures = new MalformedMeasureMessages(random, known);
        var indicators = new MalformedIndicatorMessages(random, known);
        var figures = new MalformedFigureMessages(random);
        var reports = new MalformedReportMessages(random, known, period);
        var history = new MalformedHistoryMessages(random);
        var annualReports = new MalformedAnnualReportMessages(random);
        var garbage = new GarbageMessages(random);
        var frames = new BrokenFrames(random);
        for (var i = 0; i < count; i++)
        {
            yield return random.Next(48) switch
            {
                < 7 => partners.Next(),
                < 15 => measures.Next(),
                < 22 => indicators.Next(),
                < 30 => figures.Next(),
                < 34 => reports.Next(),
                < 36 => history.Next(),
                < 38 => annualReports.Next(),
                < 46 => garbage.Next(),
                _ => frames.Next(),
            };
        }
    }
}
