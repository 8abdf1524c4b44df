-- Observations are loaded in bulk (imports of whole CBS tables). Per-row foreign key checks cost more than the rest of
-- an import together, so every writer checks its codes against areas and indicators instead, and these codes are
-- made permanent: a code that was valid once is never deleted or renamed (CBS retires codes with valid_to_year).
ALTER TABLE observations
    DROP CONSTRAINT observations_indicator_code_fkey,
    DROP CONSTRAINT observations_area_code_fkey;

CREATE FUNCTION refuse_code_removal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% code % is permanent: observations may name it', TG_TABLE_NAME, OLD.code
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER areas_code_permanent_on_delete BEFORE DELETE ON areas
    FOR EACH ROW EXECUTE FUNCTION refuse_code_removal();
CREATE TRIGGER areas_code_permanent_on_update BEFORE UPDATE OF code ON areas
    FOR EACH ROW WHEN (OLD.code IS DISTINCT FROM NEW.code) EXECUTE FUNCTION refuse_code_removal();
CREATE TRIGGER indicators_code_permanent_on_delete BEFORE DELETE ON indicators
    FOR EACH ROW EXECUTE FUNCTION refuse_code_removal();
CREATE TRIGGER indicators_code_permanent_on_update BEFORE UPDATE OF code ON indicators
    FOR EACH ROW WHEN (OLD.code IS DISTINCT FROM NEW.code) EXECUTE FUNCTION refuse_code_removal();

-- One row per import: its progress while it runs (updated about once a second, outside the import's transaction),
-- and its outcome, written in the same transaction as its observations.
CREATE TABLE imports (
    id                      uuid PRIMARY KEY,
    state                   text NOT NULL CHECK (state IN ('running', 'succeeded', 'failed')),
    format                  text NOT NULL,
    file_name               text NOT NULL,
    mapping                 text NOT NULL,
    bytes_read              bigint NOT NULL DEFAULT 0,
    rows_read               bigint NOT NULL DEFAULT 0,
    rows_rejected           bigint NOT NULL DEFAULT 0,
    observations_read       bigint NOT NULL DEFAULT 0,
    values_missing          bigint NOT NULL DEFAULT 0,
    observations_written    bigint NOT NULL DEFAULT 0,
    observations_unchanged  bigint NOT NULL DEFAULT 0,
    errors                  jsonb NOT NULL DEFAULT '[]',
    warnings                jsonb NOT NULL DEFAULT '[]',
    started_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    ended_at                timestamptz
);
