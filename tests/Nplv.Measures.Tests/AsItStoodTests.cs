using Nplv.Contracts;
using Nplv.Measures.Reports;
using Nplv.Shared.History;

namespace Nplv.Measures.Tests;

/// <summary>A record rewound through its history: each change after the moment undone, newest first.</summary>
public sealed class AsItStoodTests
{
    private static readonly RecordKey Key = new("report", "m/2025");
    private static readonly DateTime Monday = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static readonly ProgressReport Concept = new(
        Guid.NewGuid(), "2025", new ReportContent("Twaalf taalgroepen.", "", "Werving.", null, [], [], []), ReportState.Concept,
        1, Monday, Monday, new Actor("s", "Anna", "editor", null), [], []);

    private static readonly ProgressReport Approved = Concept with
    {
        Content = Concept.Content with { Obstacles = "Weinig vrijwilligers.", Rating = ProgressRating.Risico, Spending = [new Spending(0, 8_000_000)] },
        State = ReportState.Goedgekeurd,
        Version = 2,
    };

    private static readonly ProgressReport Rewritten = Approved with
    {
        Content = Approved.Content with { Done = "Veertien taalgroepen.", Obstacles = "" },
        State = ReportState.Ingediend,
        Version = 3,
    };

    private static IReadOnlyList<RecordedChange> History() =>
    [
        Change(1, Monday, HistoryEntry.Created(Key, Concept)),
        Change(2, Monday.AddDays(1), HistoryEntry.Updated(Key, Concept, Approved)),
        Change(3, Monday.AddDays(3), HistoryEntry.Updated(Key, Approved, Rewritten)),
        Change(4, Monday.AddDays(3), HistoryEntry.Updated(new RecordKey("report", "other"), Concept, Approved)),
    ];

    [Fact]
    public void BetweenTwoChangesTheRecordIsAsTheFirstLeftIt()
    {
        var then = AsItStood.Rewind(Rewritten, Key, History(), Monday.AddDays(2));

        Assert.Equal(ReportState.Goedgekeurd, then!.State);
        Assert.Equal("Twaalf taalgroepen.", then.Content.Done);
        Assert.Equal("Weinig vrijwilligers.", then.Content.Obstacles);
        Assert.Equal(ProgressRating.Risico, then.Content.Rating);
        Assert.Equal([new Spending(0, 8_000_000)], then.Content.Spending);
    }

    [Fact]
    public void BeforeTheFirstChangeFieldsWithoutAValueComeBackEmpty()
    {
        var then = AsItStood.Rewind(Rewritten, Key, History().Take(3).Where(c => c.Sequence > 1), Monday.AddHours(1));

        Assert.Equal("", then!.Content.Obstacles);
        Assert.Null(then.Content.Rating);
        Assert.Empty(then.Content.Spending);
        Assert.Equal(ReportState.Concept, then.State);
    }

    [Fact]
    public void BeforeItWasCreatedThereWasNoRecord()
        => Assert.Null(AsItStood.Rewind(Rewritten, Key, History(), Monday.AddMinutes(-1)));

    [Fact]
    public void AfterTheLastChangeTheRecordIsAsItIsNow()
        => Assert.Same(Rewritten, AsItStood.Rewind(Rewritten, Key, History(), Monday.AddDays(4)));

    [Fact]
    public void FieldsRecordedInTheStoresOwnWordsAreLeftAsTheyAre()
    {
        // A report's files are recorded one by one by name, not as its list of attachments.
        var removed = new HistoryEntry(Key, HistoryEntry.UpdatedAction, [new FieldChange("attachments", "\"verslag.pdf\"", null)]);

        var then = AsItStood.Rewind(Rewritten, Key, [Change(5, Monday.AddDays(5), removed)], Monday.AddDays(4), "attachments");

        Assert.Empty(then!.Attachments);
    }

    private static RecordedChange Change(long sequence, DateTime at, HistoryEntry entry)
        => new(sequence, at, new ActorMetadata("s", "Anna", "editor", ""), entry.Record, "", entry.Action, entry.Fields, "", "");
}
