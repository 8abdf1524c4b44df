-- The annual reports (voortgangsrapportages): what was asked, how far its generation is, and what came out. The
-- table is the workers' queue too: a worker claims a row (FOR UPDATE SKIP LOCKED) and keeps it by reporting progress.
CREATE TABLE annual_reports (
    id                uuid PRIMARY KEY,
    request_id        uuid UNIQUE,
    year              integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    scope             text NOT NULL CHECK (scope IN ('programme', 'theme', 'wijk')),
    theme             text,
    area_code         text,
    introduction      text NOT NULL DEFAULT '' CHECK (length(introduction) <= 20000),
    state             text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'generating', 'ready', 'failed')),
    progress_percent  integer NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
    step              text NOT NULL DEFAULT '',
    error             text NOT NULL DEFAULT '',
    requested_by      jsonb NOT NULL,
    claim_token       uuid,
    claimed_by        text,
    heartbeat_at      timestamptz,
    attempts          integer NOT NULL DEFAULT 0,
    content           jsonb,
    created_at        timestamptz NOT NULL DEFAULT now(),
    finished_at       timestamptz,
    CHECK ((scope = 'theme') = (theme IS NOT NULL)),
    CHECK ((scope = 'wijk') = (area_code IS NOT NULL)),
    CHECK ((state = 'ready') = (content IS NOT NULL))
);

CREATE INDEX annual_reports_list_idx ON annual_reports (created_at DESC, id DESC);
CREATE INDEX annual_reports_queue_idx ON annual_reports (created_at, id) WHERE state IN ('queued', 'generating');

CREATE TABLE annual_report_documents (
    report_id   uuid NOT NULL REFERENCES annual_reports (id) ON DELETE RESTRICT,
    format      text NOT NULL CHECK (format IN ('docx', 'pdf')),
    size_bytes  bigint NOT NULL CHECK (size_bytes > 0),
    sha256      text NOT NULL,
    content     bytea NOT NULL,
    PRIMARY KEY (report_id, format)
);
