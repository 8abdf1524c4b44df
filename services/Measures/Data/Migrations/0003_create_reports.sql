-- The reporting cycle: periods, one progress report per measure and period, and every change of a report's state.
CREATE TABLE reporting_periods (
    code        text PRIMARY KEY CHECK (code ~ '^[0-9]{4}(-(H[12]|Q[1-4]))?$'),
    name        text NOT NULL,
    start_date  date NOT NULL,
    end_date    date NOT NULL,
    opens_on    date NOT NULL,
    due_on      date NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT reporting_periods_dates_check CHECK (end_date >= start_date AND due_on >= opens_on)
);

-- A report outlives neither its measure nor its period silently: both refuse deletion while it exists.
CREATE TABLE progress_reports (
    measure_id   uuid NOT NULL REFERENCES measures (id) ON DELETE RESTRICT,
    period       text NOT NULL REFERENCES reporting_periods (code) ON DELETE RESTRICT,
    state        text NOT NULL CHECK (state IN ('concept', 'ingediend', 'goedgekeurd', 'teruggestuurd')),
    done         text NOT NULL DEFAULT '',
    obstacles    text NOT NULL DEFAULT '',
    next_steps   text NOT NULL DEFAULT '',
    rating       text CHECK (rating IN ('op_schema', 'risico', 'achter')),
    spending     jsonb NOT NULL DEFAULT '[]',
    reach        jsonb NOT NULL DEFAULT '[]',
    milestones   jsonb NOT NULL DEFAULT '[]',
    last_editor  jsonb NOT NULL,
    version      bigint NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (measure_id, period)
);

CREATE INDEX progress_reports_period_idx ON progress_reports (period, measure_id);

CREATE TABLE report_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    measure_id  uuid NOT NULL,
    period      text NOT NULL,
    from_state  text NOT NULL,
    to_state    text NOT NULL,
    actor       jsonb NOT NULL,
    reason      text NOT NULL DEFAULT '',
    at          timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (measure_id, period) REFERENCES progress_reports (measure_id, period) ON DELETE RESTRICT
);

CREATE INDEX report_events_report_idx ON report_events (measure_id, period, id);

-- The review's record is append-only for everyone, the service's own user included.
CREATE FUNCTION refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: its rows cannot be changed or deleted', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER report_events_append_only BEFORE UPDATE OR DELETE ON report_events
    FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER report_events_never_truncated BEFORE TRUNCATE ON report_events
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
