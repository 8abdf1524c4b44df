namespace Nplv.Measures.Reports;

/// <summary>Evidence attached to a report: its name, the type read from its content, its size and digest.</summary>
public sealed record Attachment(
    Guid Id, string FileName, string ContentType, long SizeBytes, string Sha256, Actor UploadedBy, DateTime UploadedAt);
