using Microsoft.Playwright;

namespace Nplv.IntegrationTests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright, shared by the browser tests. NPLV_CHROMIUM names the binary
/// (<c>./nplv test</c> installs and sets it); screenshots go to NPLV_SCREENSHOTS, or beside the tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] KnownChromiumPaths = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string ScreenshotDirectory { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("NPLV_SCREENSHOTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("NPLV_CHROMIUM") is { Length: > 0 } configured
            ? configured
            : KnownChromiumPaths.FirstOrDefault(File.Exists)
              ?? throw new InvalidOperationException(
                  "The browser tests need Debian's Chromium (apt-get install chromium) or NPLV_CHROMIUM naming a Chromium binary.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
