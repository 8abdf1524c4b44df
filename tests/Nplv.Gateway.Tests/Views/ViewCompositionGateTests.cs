using Microsoft.Extensions.Options;
using Nplv.Gateway.Views;

namespace Nplv.Gateway.Tests.Views;

/// <summary>The bound on views composed at once: the ones beyond it wait their turn, and a full or slow queue says so.</summary>
public sealed class ViewCompositionGateTests
{
    private static ViewCompositionGate Gate(int permits, int queue, TimeSpan timeout) => new(Options.Create(new ViewOptions
    {
        MaxConcurrentCompositions = permits, CompositionQueueLimit = queue, CompositionQueueTimeout = timeout,
    }));

    [Fact]
    public async Task AViewBeyondTheBoundWaitsForATurnAndGetsItWhenOneEnds()
    {
        using var gate = Gate(permits: 1, queue: 1, TimeSpan.FromSeconds(30));
        var first = await gate.EnterAsync(CancellationToken.None);
        Assert.NotNull(first);

        var second = gate.EnterAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.False(second.IsCompleted, "the second view composed beside the first");

        first.Dispose();
        using var turn = await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.NotNull(turn);
    }

    [Fact]
    public async Task AFullQueueIsRefusedAtOnce()
    {
        using var gate = Gate(permits: 1, queue: 1, TimeSpan.FromSeconds(30));
        using var first = await gate.EnterAsync(CancellationToken.None);
        var waiting = gate.EnterAsync(CancellationToken.None);

        var refused = await gate.EnterAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(1));

        Assert.Null(refused);
        Assert.False(waiting.IsCompleted);
    }

    [Fact]
    public async Task ATurnThatDoesNotComeInTimeIsRefusedAndACallerWhoLeftIsNotCountedAsRefused()
    {
        using var gate = Gate(permits: 1, queue: 4, TimeSpan.FromMilliseconds(100));
        using var first = await gate.EnterAsync(CancellationToken.None);

        Assert.Null(await gate.EnterAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)));

        using var left = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.EnterAsync(left.Token));
    }
}
