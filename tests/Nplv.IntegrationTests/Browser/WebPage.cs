using Microsoft.Playwright;

namespace Nplv.IntegrationTests.Browser;

/// <summary>A browser tab on the suite's gateway, in Dutch, as a phone or a desktop sees it.</summary>
public sealed class WebPage : IAsyncDisposable
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private readonly IBrowserContext _context;
    private readonly BrowserFixture _browser;
    private readonly List<string> _pageErrors = [];
    private readonly List<string> _consoleErrors = [];

    private WebPage(IBrowserContext context, IPage page, BrowserFixture browser)
    {
        _context = context;
        Page = page;
        _browser = browser;
        page.PageError += (_, error) => _pageErrors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add(message.Text);
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Uncaught script errors so far; a page that works has none.</summary>
    public IReadOnlyList<string> PageErrors => _pageErrors;

    /// <summary>What the page logged as errors (failed requests among them), to say why a step did not happen.</summary>
    public IReadOnlyList<string> ConsoleErrors => _consoleErrors;

    public static async Task<WebPage> OpenAsync(SuiteFixture suite, BrowserFixture browser, ViewportSize? viewport = null)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = suite.Gateway.BaseAddress!.ToString(),
            Locale = "nl-NL",
            ViewportSize = viewport ?? Desktop,
            IsMobile = viewport == Phone,
            HasTouch = viewport == Phone,
        });
        context.SetDefaultTimeout(15_000);
        Assertions.SetDefaultExpectTimeout(15_000);
        return new WebPage(context, await context.NewPageAsync(), browser);
    }

    public Task GoToAsync(string path) => Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

    /// <summary>Saves the whole page as a test artifact, named after what it shows.</summary>
    public async Task ScreenshotAsync(string name)
    {
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(_browser.ScreenshotDirectory, $"{name}.png"),
            FullPage = true,
        });
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
