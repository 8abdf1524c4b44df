using Nplv.Importer;
using Nplv.Testing;

namespace Nplv.Importer.Tests;

public sealed class ExitCodeTests : IDisposable
{
    private readonly string file = Path.GetTempFileName();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public ExitCodeTests() => File.WriteAllText(file, "indicator,area,period,value,status\n");

    public void Dispose() => File.Delete(file);

    private Task<int> RunAsync(params string[] args) =>
        ImporterApp.RunAsync(args, new ImporterConsole(output, error, ErrorIsTerminal: false), CancellationToken.None);

    [Fact]
    public async Task NoArgumentsPrintTheUsageAndExit2()
    {
        Assert.Equal(ExitCodes.BadUsage, await RunAsync());
        Assert.Contains("Usage:", error.ToString());
    }

    [Fact]
    public async Task HelpPrintsTheUsageAndExits0()
    {
        Assert.Equal(ExitCodes.Succeeded, await RunAsync("--help"));
        Assert.Contains("Exit codes:", output.ToString());
    }

    [Fact]
    public async Task ABadArgumentExits2NamingIt()
    {
        Assert.Equal(ExitCodes.BadUsage, await RunAsync(file, "--format", "xlsx"));
        Assert.Contains("Unknown format 'xlsx'", error.ToString());
    }

    [Fact]
    public async Task AFileThatCannotBeOpenedExits2NamingIt()
    {
        var metadata = Path.GetTempFileName();
        try
        {
            // Held exclusively, as another program may: it exists, but cannot be read.
            await using (new FileStream(metadata, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                Assert.Equal(ExitCodes.BadUsage, await RunAsync(file, "--format", "long-csv", "--metadata", metadata));
            }

            Assert.Contains($"A file could not be read: ", error.ToString());
            Assert.Contains(metadata, error.ToString());
        }
        finally
        {
            File.Delete(metadata);
        }
    }

    [Theory]
    [InlineData("import")]
    [InlineData("--status")]
    [InlineData("--list-mappings")]
    public async Task AServiceThatIsNotThereExits3(string command)
    {
        var server = $"http://127.0.0.1:{FreePort.Next()}";
        string[] args = command switch
        {
            "import" => [file, "--format", "long-csv", "--server", server],
            "--status" => ["--status", Guid.NewGuid().ToString(), "--server", server],
            _ => ["--list-mappings", "--server", server],
        };

        Assert.Equal(ExitCodes.ServiceUnreachable, await RunAsync(args));
        Assert.Contains($"The indicators service at {server}/ is unreachable", error.ToString());
    }
}
