namespace Nplv.Deployment.Tests;

/// <summary>
/// What the other tests compare the artifacts with: if the model read came back empty, they would pass on nothing.
/// </summary>
[Collection(AppModelCollection.Name)]
public sealed class AppModelTests(AppModel model)
{
    [Fact]
    public void The_model_has_the_suite_wired_as_the_artifacts_expect()
    {
        Assert.Equal(["gateway", "indicators", "measures", "partners"], model.Projects.Select(project => project.Name).Order());
        Assert.Equal(["indicatorsdb", "measuresdb", "partnersdb"], model.Databases.Order());
        Assert.All(["partners", "measures", "indicators"], name => Assert.True(model.Project(name).Http2, $"{name} is h2c"));
        Assert.True(model.Project("gateway").External);
        Assert.Equal(["indicators", "partners"], model.Project("measures").References.Order());
        Assert.Equal(["indicators", "measures", "partners"], model.Project("gateway").References.Order());
        Assert.Equal(["measuresdb"], model.Project("measures").Databases);
        Assert.Empty(model.Project("gateway").Databases);
    }
}
