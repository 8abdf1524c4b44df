-- Evidence attached to a progress report, kept with it in the service's own database (never in a web folder).
CREATE TABLE report_attachments (
    id            uuid PRIMARY KEY,
    measure_id    uuid NOT NULL,
    period        text NOT NULL,
    file_name     text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    content_type  text NOT NULL CHECK (content_type IN (
                      'application/pdf', 'image/png', 'image/jpeg',
                      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')),
    size_bytes    bigint NOT NULL CHECK (size_bytes BETWEEN 1 AND 20971520),
    sha256        text NOT NULL,
    content       bytea NOT NULL,
    uploaded_by   jsonb NOT NULL,
    uploaded_at   timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (measure_id, period) REFERENCES progress_reports (measure_id, period) ON DELETE RESTRICT
);

CREATE INDEX report_attachments_report_idx ON report_attachments (measure_id, period, uploaded_at, id);
