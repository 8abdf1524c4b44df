-- The history of every change to the service's records: who, when, each field before and after, why, and the
-- request's trace. Every service keeps it in its own database, in this same shape.
CREATE TABLE history (
    sequence       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind           text NOT NULL,
    record_id      text NOT NULL,
    -- The record that holds this one (a report's measure), whose history includes this change.
    parent_kind    text NULL,
    parent_id      text NULL,
    label          text NOT NULL DEFAULT '',
    action         text NOT NULL,
    fields         jsonb NOT NULL DEFAULT '[]',
    reason         text NOT NULL DEFAULT '',
    actor_subject  text NOT NULL DEFAULT '',
    actor_name     text NOT NULL DEFAULT '',
    actor_role     text NOT NULL DEFAULT '',
    actor_partner  text NOT NULL DEFAULT '',
    trace_id       text NOT NULL DEFAULT '',
    -- The moment of the change itself, not its transaction's start (an import's outcome ends a long transaction).
    changed_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    CHECK ((parent_kind IS NULL) = (parent_id IS NULL))
);

CREATE INDEX history_record_idx ON history (kind, record_id, sequence DESC);
CREATE INDEX history_parent_idx ON history (parent_kind, parent_id, sequence DESC) WHERE parent_kind IS NOT NULL;

-- Append-only for everyone, the service's own database user included: a change, once recorded, stays as it was.
CREATE OR REPLACE FUNCTION refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: its rows cannot be changed or deleted', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER history_append_only BEFORE UPDATE OR DELETE ON history
    FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER history_never_truncated BEFORE TRUNCATE ON history
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();

REVOKE UPDATE, DELETE, TRUNCATE ON history FROM PUBLIC;
