namespace Nplv.Deployment.Tests;

/// <summary>The files as they are in the work tree (not copies in the build output, which a deleted file outlives).</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Nplv.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Nplv.sln above {AppContext.BaseDirectory}.");
    }
}
