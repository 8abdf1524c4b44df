using System.Diagnostics;
using Npgsql;
using Nplv.Indicators.Data;
using Nplv.Indicators.Imports.Areas;
using Nplv.Indicators.Imports.Data;
using Nplv.Indicators.Imports.Formats;
using Nplv.Shared.Data;

namespace Nplv.Indicators.Imports;

/// <summary>
/// Runs an import: reads the file (or the StatLine table) as it arrives, maps its records, stages the observations
/// (or gathers the areas), and writes them all or none. Progress is saved about once a second, so GetImport can
/// follow it from anywhere.
/// </summary>
public sealed class ObservationImporter(
    ServiceDatabase database, ImportStore imports, AreaImportStore areaImports, ImportMetrics metrics,
    ILogger<ObservationImporter> logger)
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FinalSaveTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Records a new import, or returns the recorded import with the plan's id.</summary>
    public async Task<(ImportRecord Import, ImportRun? Run)> StartAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        var (import, created) = await imports.StartAsync(plan, cancellationToken);
        return (import, created ? new ImportRun(plan, import.StartedAt) : null);
    }

    /// <summary>Reads <paramref name="file"/> to the end (or to the first error that stops it) and returns the outcome.</summary>
    public Task<ImportRecord> RunAsync(ImportRun run, Stream file, CancellationToken cancellationToken)
        => RunAsync(run, SourceReaders.For(run.Plan.Format).ReadAsync(file, ReaderOptions(run), cancellationToken), cancellationToken);

    /// <summary>How the run's records are read: its mapping's key columns and dimensions, its warnings.</summary>
    public static SourceReaderOptions ReaderOptions(ImportRun run)
        => new(run.Plan.Mapping?.AreaColumn, run.Plan.Mapping?.PeriodColumn, run.Issues.Warn, run.Plan.DimensionColumns);

    /// <summary>Reads the records to the end (or to the first error that stops it) and returns the outcome.</summary>
    public async Task<ImportRecord> RunAsync(ImportRun run, IAsyncEnumerable<SourceRecord> records, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        metrics.Started(run.Plan.Format);
        ImportRecord? outcome = null;
        try
        {
            outcome = await ReadToOutcomeAsync(run, records, cancellationToken);
            return outcome;
        }
        finally
        {
            // An import that threw past its own handling still ends, as failed, with what it had read.
            metrics.Ended(run.Plan.Format, outcome ?? run.Snapshot(ImportState.Failed), start);
        }
    }

    private async Task<ImportRecord> ReadToOutcomeAsync(ImportRun run, IAsyncEnumerable<SourceRecord> records, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        using var stopProgress = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var progress = SaveProgressAsync(run, stopProgress.Token);
        try
        {
            var outcome = run.Plan.ImportsAreas
                ? await ImportAreasAsync(run, records, cancellationToken)
                : await ImportAsync(run, records, cancellationToken);
            LogOutcome(run, outcome, elapsed.Elapsed);
            return outcome;
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested || ex is IOException)
        {
            // The call was cancelled or the stream broke: whichever the service notices first, it is one event.
            run.Issues.Error("cancelled", "the upload broke off (or the service stopped) before the end of the file; nothing was written", 0, "");
            return await FailAsync(run);
        }
        catch (InvalidDataException)
        {
            // The upload broke the contract or stalled; the session has said how.
            return await FailAsync(run);
        }
        catch (NpgsqlException ex)
        {
            logger.LogError(ex, "Import {ImportId} failed in the database", run.Plan.Id);
            run.Issues.Error("database", "the database failed during the import; nothing was written. Try again later.", 0, "");
            return await FailAsync(run);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Import {ImportId} failed", run.Plan.Id);
            run.Issues.Error("internal", "the import failed in the service; nothing was written", 0, "");
            return await FailAsync(run);
        }
        finally
        {
            await stopProgress.CancelAsync();
            await progress;
        }
    }

    private async Task<ImportRecord> ImportAsync(ImportRun run, IAsyncEnumerable<SourceRecord> records, CancellationToken cancellationToken)
    {
        var plan = run.Plan;
        var mapper = new ObservationMapper(plan, run.Counters, run.Issues);
        mapper.ReportUnitDifferences();
        await using var staging = await ObservationStaging.StartAsync(database, cancellationToken);
        var observations = new List<StagedObservation>();
        await ReadAsync(run, records, async record =>
        {
            observations.Clear();
            mapper.Map(record, observations);
            if (run.Issues.HasErrors)
            {
                return;
            }

            foreach (var observation in observations)
            {
                await staging.AddAsync(observation, cancellationToken);
            }
        }, cancellationToken);

        if (run.Issues.HasErrors)
        {
            return await FailAsync(run);
        }

        var result = await staging.CommitAsync(
            plan.Source,
            mapper.TakeNotMeasured(),
            IssueCollector.MaxIssues,
            (connection, transaction, written) => imports.EndAsync(
                connection, transaction, run.Snapshot(ImportState.Succeeded, written), cancellationToken),
            cancellationToken);
        foreach (var duplicate in result.Duplicates)
        {
            run.Issues.Error(
                "duplicate",
                $"the file gives indicator '{duplicate.IndicatorCode}', area '{duplicate.AreaCode}', year {duplicate.Year} " +
                $"{duplicate.Count} times (lines {duplicate.FirstLine} and {duplicate.LastLine})",
                duplicate.LastLine, "");
        }

        return run.Issues.HasErrors ? await FailAsync(run) : run.Snapshot(ImportState.Succeeded, result.Written);
    }

    private async Task<ImportRecord> ImportAreasAsync(ImportRun run, IAsyncEnumerable<SourceRecord> records, CancellationToken cancellationToken)
    {
        var mapper = new AreaRowMapper(run.Plan, run.Counters, run.Issues);
        await ReadAsync(run, records, record =>
        {
            mapper.Map(record);
            return ValueTask.CompletedTask;
        }, cancellationToken);
        if (run.Issues.HasErrors)
        {
            return await FailAsync(run);
        }

        var result = await areaImports.WriteAsync(
            mapper.Areas,
            (connection, transaction, written, unchanged) => imports.EndAsync(
                connection, transaction, run.Snapshot(ImportState.Succeeded, written, unchanged), cancellationToken),
            cancellationToken);
        foreach (var orphan in result.Orphans.Take(IssueCollector.MaxIssues))
        {
            run.Issues.Error("unknown_parent",
                $"{orphan.Level.ToString().ToLowerInvariant()} '{orphan.Code}' lies in '{orphan.ParentCode}', which is neither in the file nor known",
                orphan.Line, orphan.Code);
        }

        return run.Issues.HasErrors ? await FailAsync(run) : run.Snapshot(ImportState.Succeeded, result.Written, result.Unchanged);
    }

    /// <summary>
    /// Hands every record to <paramref name="handle"/> until the end, or until the errors are as many as are reported
    /// (after the first error nothing will be written; reading on only finds the file's other errors).
    /// </summary>
    private static async Task ReadAsync(
        ImportRun run, IAsyncEnumerable<SourceRecord> records, Func<SourceRecord, ValueTask> handle, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var record in records.WithCancellation(cancellationToken))
            {
                await handle(record);
                if (run.Issues.IsFull)
                {
                    break;
                }
            }
        }
        catch (ImportFileException ex)
        {
            run.Issues.Error(ex.Issue);
        }
    }

    private async Task<ImportRecord> FailAsync(ImportRun run)
    {
        var failed = run.Snapshot(ImportState.Failed);
        using var timeout = new CancellationTokenSource(FinalSaveTimeout);
        try
        {
            await imports.FailAsync(failed, timeout.Token);
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException)
        {
            // The record stays "running" until it counts as abandoned; the caller still hears the outcome.
            logger.LogWarning(ex, "Import {ImportId} failed and its outcome could not be recorded", run.Plan.Id);
        }

        return failed;
    }

    private async Task SaveProgressAsync(ImportRun run, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(ProgressInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    await imports.SaveProgressAsync(run.Plan.Id, run.Counters.Snapshot(), run.Issues.Warnings, run.StatLine, cancellationToken);
                }
                catch (NpgsqlException ex)
                {
                    logger.LogWarning(ex, "Progress of import {ImportId} could not be saved", run.Plan.Id);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void LogOutcome(ImportRun run, ImportRecord outcome, TimeSpan elapsed)
        => logger.LogInformation(
            "Import {ImportId} ({Format}, {Mapping}) {State} in {ElapsedMs} ms: {RowsRead} rows read, {RowsRejected} rejected, " +
            "{ObservationsWritten} observations written, {ObservationsUnchanged} unchanged, {Errors} errors",
            run.Plan.Id, run.Plan.Format.Name(), run.Plan.MappingLabel, outcome.State.ToColumn(), (long)elapsed.TotalMilliseconds,
            outcome.Counts.RowsRead, outcome.Counts.RowsRejected, outcome.Counts.ObservationsWritten,
            outcome.Counts.ObservationsUnchanged, outcome.Errors.Count);
}
