using System.Diagnostics.Metrics;

namespace Nplv.ServiceDefaults.Tests;

/// <summary>The attempts and retries Polly's meter reports for one resilience pipeline.</summary>
public sealed class PollyEvents : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly string _pipeline;
    private int _attempts;
    private int _retries;

    public PollyEvents(string pipeline)
    {
        _pipeline = pipeline;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Polly")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>(OnMeasurement);
        _listener.SetMeasurementEventCallback<double>(OnMeasurement);
        _listener.Start();
    }

    public int Attempts => Volatile.Read(ref _attempts);

    public int Retries => Volatile.Read(ref _retries);

    private void OnMeasurement<T>(Instrument instrument, T measurement, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        string? pipeline = null, eventName = null;
        foreach (var (key, value) in tags)
        {
            if (key == "pipeline.name")
            {
                pipeline = value as string;
            }
            else if (key == "event.name")
            {
                eventName = value as string;
            }
        }

        if (pipeline != _pipeline)
        {
            return;
        }

        if (instrument.Name == "resilience.polly.strategy.attempt.duration")
        {
            Interlocked.Increment(ref _attempts);
        }
        else if (eventName == "OnRetry")
        {
            Interlocked.Increment(ref _retries);
        }
    }

    public void Dispose() => _listener.Dispose();
}
