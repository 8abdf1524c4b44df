using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Nplv.Measures.Data;
using Nplv.Measures.Reports;
using Nplv.Shared.Data;
using Nplv.Shared.Domain;

namespace Nplv.Measures.AnnualReports.Data;

public sealed class AnnualReportStore(ServiceDatabase database) : IAnnualReportStore
{
    public Task<AnnualReport> CreateAsync(Guid? requestId, AnnualReportRequest request, Actor requestedBy, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            var created = await connection.QuerySingleOrDefaultAsync<AnnualReportRow>(new CommandDefinition(
                $"""
                INSERT INTO annual_reports (id, request_id, year, scope, theme, area_code, introduction, requested_by, as_of)
                VALUES (@Id, @RequestId, @Year, @Scope, @Theme, @AreaCode, @Introduction, @RequestedBy::jsonb,
                        -- The service's clock and the database's may differ by a little; neither may be ahead.
                        -- (LEAST passes over a NULL, so none stays none.)
                        CASE WHEN @AsOf::timestamptz IS NOT NULL THEN LEAST(@AsOf::timestamptz, now()) END)
                ON CONFLICT (request_id) DO NOTHING
                RETURNING {AnnualReportRow.Columns}
                """,
                new
                {
                    Id = Guid.CreateVersion7(),
                    RequestId = requestId,
                    request.Year,
                    Scope = request.Scope.ToColumn(),
                    Theme = request.Theme?.ToColumn(),
                    request.AreaCode,
                    request.Introduction,
                    request.AsOf,
                    RequestedBy = JsonSerializer.Serialize(requestedBy, RowJson.Options),
                },
                cancellationToken: token));
            if (created is not null)
            {
                return created.ToReport();
            }

            // A retry after a lost answer gets the report it queued; the same id for another request is a mix-up.
            var existing = (await connection.QuerySingleAsync<AnnualReportRow>(new CommandDefinition(
                $"SELECT {AnnualReportRow.Columns} FROM annual_reports WHERE request_id = @requestId",
                new { requestId },
                cancellationToken: token))).ToReport();
            return existing.Request == request ? existing : throw RequestIds.ReusedFor("annual report", requestId);
        }, cancellationToken);

    public Task<AnnualReport> GetAsync(Guid id, bool withContent, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<AnnualReportRow>(new CommandDefinition(
                $"SELECT {AnnualReportRow.Columns}, CASE WHEN @withContent THEN content::text END AS Content FROM annual_reports WHERE id = @id",
                new { id, withContent },
                cancellationToken: token));
            return row?.ToReport() ?? throw new EntityNotFoundException("annual report", id.ToString());
        }, cancellationToken);

    public Task<IReadOnlyList<AnnualReport>> ListAsync(int limit, (DateTime CreatedAt, Guid Id)? after, CancellationToken cancellationToken)
        => database.ExecuteAsync<IReadOnlyList<AnnualReport>>(async (connection, token) =>
        {
            var rows = await connection.QueryAsync<AnnualReportRow>(new CommandDefinition(
                $"""
                SELECT {AnnualReportRow.Columns} FROM annual_reports
                WHERE @afterCreatedAt::timestamptz IS NULL OR (created_at, id) < (@afterCreatedAt, @afterId)
                ORDER BY created_at DESC, id DESC
                LIMIT @limit
                """,
                new { afterCreatedAt = after?.CreatedAt, afterId = after?.Id, limit },
                cancellationToken: token));
            return [.. rows.Select(row => row.ToReport())];
        }, cancellationToken);

    public Task<(AnnualReportDocument Document, byte[] Content)> GetDocumentAsync(Guid id, AnnualReportFormat format, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<(long SizeBytes, string Sha256, byte[] Content)>(new CommandDefinition(
                "SELECT size_bytes, sha256, content FROM annual_report_documents WHERE report_id = @id AND format = @format",
                new { id, format = format.ToColumn() },
                cancellationToken: token));
            return row.Content is null
                ? throw new EntityNotFoundException("annual report document", $"{id}/{format.ToColumn()}")
                : (new AnnualReportDocument(format, row.SizeBytes, row.Sha256), row.Content);
        }, cancellationToken);

    public Task<AnnualReportClaim?> ClaimAsync(string worker, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            // A report claimed too often without an outcome is given up rather than tried forever.
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE annual_reports
                SET state = 'failed', error = 'De rapportage kon na herhaalde pogingen niet worden gemaakt.', claim_token = NULL, finished_at = now()
                WHERE state = 'generating' AND heartbeat_at < now() - @lease AND attempts >= @maxAttempts
                """,
                new { lease = AnnualReportLimits.ClaimLease, maxAttempts = AnnualReportLimits.MaxAttempts },
                transaction,
                cancellationToken: token));
            var claimToken = Guid.NewGuid();
            var claimed = await connection.QuerySingleOrDefaultAsync<AnnualReportRow>(new CommandDefinition(
                $"""
                UPDATE annual_reports
                SET state = 'generating', claim_token = @claimToken, claimed_by = @worker, heartbeat_at = now(),
                    attempts = attempts + 1, progress_percent = 0, step = 'Begonnen'
                WHERE id = (
                    SELECT id FROM annual_reports
                    WHERE state = 'queued' OR (state = 'generating' AND heartbeat_at < now() - @lease)
                    ORDER BY created_at, id
                    LIMIT 1
                    FOR UPDATE SKIP LOCKED)
                RETURNING {AnnualReportRow.Columns}
                """,
                new { claimToken, worker, lease = AnnualReportLimits.ClaimLease },
                transaction,
                cancellationToken: token));
            await transaction.CommitAsync(token);
            return claimed is null ? null : new AnnualReportClaim(claimed.ToReport(), claimToken);
        }, cancellationToken);

    public Task<bool> ReportProgressAsync(Guid id, Guid claimToken, int percent, string step, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) => await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE annual_reports SET progress_percent = @percent, step = @step, heartbeat_at = now()
            WHERE id = @id AND claim_token = @claimToken AND state = 'generating'
            """,
            new { id, claimToken, percent, step },
            cancellationToken: token)) == 1, cancellationToken);

    public Task<bool> CompleteAsync(Guid id, Guid claimToken, AnnualReportOutcome outcome, CancellationToken cancellationToken)
        => database.ExecuteAsync(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            var ready = outcome.Error is null;
            var ended = await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE annual_reports
                SET state = @state, content = @content::jsonb, error = @error, progress_percent = CASE WHEN @ready THEN 100 ELSE progress_percent END,
                    step = CASE WHEN @ready THEN 'Klaar' ELSE step END, claim_token = NULL, finished_at = now()
                WHERE id = @id AND claim_token = @claimToken AND state = 'generating'
                """,
                new { id, claimToken, ready, state = ready ? "ready" : "failed", content = ready ? outcome.ContentJson : null, error = outcome.Error ?? "" },
                transaction,
                cancellationToken: token));
            if (ended != 1)
            {
                return false;
            }

            foreach (var (format, content) in ready ? outcome.Documents : new Dictionary<AnnualReportFormat, byte[]>())
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO annual_report_documents (report_id, format, size_bytes, sha256, content)
                    VALUES (@id, @format, @size, @sha256, @content)
                    """,
                    new { id, format = format.ToColumn(), size = (long)content.Length, sha256 = Convert.ToHexStringLower(SHA256.HashData(content)), content },
                    transaction,
                    cancellationToken: token));
            }

            await transaction.CommitAsync(token);
            return true;
        }, cancellationToken);
}
