using System.Text.Json;
using Nplv.Measures.Reports;
using Nplv.Shared.History;

namespace Nplv.Measures.Tests;

/// <summary>What a change records of a report: the fields that differ, by their API names, nested ones with dots.</summary>
public sealed class FieldChangesTests
{
    private static readonly ReportContent Written = new(
        "Twaalf taalgroepen.", "", "Werving.", ProgressRating.Risico, [new Spending(0, 8_000_000)], [], []);

    [Fact]
    public void OnlyTheFieldsThatDifferAreRecordedWithTheirValuesBeforeAndAfterAsJson()
    {
        var changed = Written with { Done = "Twaalf taalgroepen, 4.000 euro.", Rating = ProgressRating.OpSchema, Obstacles = "" };

        var fields = FieldChanges.Between(new { content = Written, version = 1L }, new { content = changed, version = 2L });

        Assert.Equal(
            [
                new FieldChange("content.done", "\"Twaalf taalgroepen.\"", "\"Twaalf taalgroepen, 4.000 euro.\""),
                new FieldChange("content.rating", "\"risico\"", "\"op_schema\""),
            ],
            fields);
    }

    [Fact]
    public void ANewRecordHasEveryFieldWithAValueAndNoneOfItsBookkeeping()
    {
        var fields = FieldChanges.Between(null, new { id = Guid.NewGuid(), content = Written, version = 1L, updatedAt = DateTime.UtcNow });

        Assert.Equal(["content.done", "content.nextSteps", "content.rating", "content.spending"], fields.Select(f => f.Field));
        Assert.All(fields, f => Assert.Null(f.Before));
        Assert.Equal(8_000_000, JsonDocument.Parse(fields.Single(f => f.Field == "content.spending").After!).RootElement[0].GetProperty("spentCents").GetInt64());
    }

    [Fact]
    public void IgnoredFieldsAndTheirNestedFieldsAreLeftOut()
    {
        var fields = FieldChanges.Between(new { content = Written, state = "concept" }, new { content = Written with { Done = "" }, state = "ingediend" }, "content");

        Assert.Equal([new FieldChange("state", "\"concept\"", "\"ingediend\"")], fields);
    }
}
