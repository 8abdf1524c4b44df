namespace Nplv.AppHost.Postgres;

/// <summary>A service's database: its connection string, and the resource to wait for before the service starts.</summary>
public sealed record NplvDatabase(IResourceBuilder<IResourceWithConnectionString> ConnectionString, IResourceBuilder<IResource>? ReadyWhen);

/// <summary>The database of each service, all on one server.</summary>
public sealed record NplvDatabases(NplvDatabase Partners, NplvDatabase Measures, NplvDatabase Indicators)
{
    public static readonly string[] Names = ["partnersdb", "measuresdb", "indicatorsdb"];

    public static NplvDatabases Create(Func<string, NplvDatabase> database)
        => new(database("partnersdb"), database("measuresdb"), database("indicatorsdb"));
}

public static class NplvDatabaseExtensions
{
    public static IResourceBuilder<ProjectResource> WithDatabase(this IResourceBuilder<ProjectResource> project, NplvDatabase database)
    {
        project.WithReference(database.ConnectionString);
        return database.ReadyWhen is null ? project : project.WaitFor(database.ReadyWhen);
    }
}
