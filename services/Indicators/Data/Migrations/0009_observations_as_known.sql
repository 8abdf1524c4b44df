-- Every figure keeps when it became known, and each figure it replaced keeps when it was known, so that what was
-- known at any moment can be read again: an annual report generated later for the same date shows the same figures,
-- and a figure CBS moved from voorlopig to definitief is named as changed since.
ALTER TABLE observations ADD COLUMN known_from timestamptz NOT NULL DEFAULT now();

-- Figures known before, each for [known_from, known_until). Append-only, as the history is.
CREATE TABLE observation_versions (
    indicator_code  text NOT NULL,
    area_code       text NOT NULL,
    year            integer NOT NULL,
    value           double precision,
    status          text NOT NULL,
    source          text NOT NULL,
    known_from      timestamptz NOT NULL,
    known_until     timestamptz NOT NULL,
    CHECK (known_until >= known_from)
);

CREATE INDEX observation_versions_key_idx ON observation_versions (indicator_code, area_code, year, known_until);

-- Every way a figure is written (a recording, an import's MERGE) passes here: when its value, status or source
-- changes, the figure it replaces is kept, and the new one is known from the change's transaction on.
CREATE FUNCTION keep_observation_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO observation_versions (indicator_code, area_code, year, value, status, source, known_from, known_until)
    VALUES (OLD.indicator_code, OLD.area_code, OLD.year, OLD.value, OLD.status, OLD.source, OLD.known_from, now());
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    NEW.known_from := now();
    RETURN NEW;
END
$$;

CREATE TRIGGER observations_keep_version BEFORE UPDATE ON observations
    FOR EACH ROW
    WHEN ((OLD.value, OLD.status, OLD.source) IS DISTINCT FROM (NEW.value, NEW.status, NEW.source))
    EXECUTE FUNCTION keep_observation_version();
CREATE TRIGGER observations_keep_deleted BEFORE DELETE ON observations
    FOR EACH ROW EXECUTE FUNCTION keep_observation_version();

CREATE FUNCTION refuse_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: its rows cannot be changed or deleted', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER observation_versions_append_only BEFORE UPDATE OR DELETE ON observation_versions
    FOR EACH ROW EXECUTE FUNCTION refuse_version_change();
CREATE TRIGGER observation_versions_never_truncated BEFORE TRUNCATE ON observation_versions
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_version_change();

-- The figures as they were known at a moment: in place of the table in a query that reads figures as of then.
CREATE FUNCTION observations_known_at(at timestamptz)
    RETURNS TABLE (indicator_code text, area_code text, year integer, value double precision, status text, source text)
    LANGUAGE sql STABLE AS $$
    SELECT indicator_code, area_code, year, value, status, source FROM observations WHERE known_from <= at
    UNION ALL
    SELECT indicator_code, area_code, year, value, status, source FROM observation_versions
    WHERE known_from <= at AND known_until > at
$$;
