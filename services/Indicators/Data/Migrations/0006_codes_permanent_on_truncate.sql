-- Row triggers do not see TRUNCATE: emptying areas or indicators would orphan every observation just the same.
CREATE FUNCTION refuse_code_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% codes are permanent: observations may name them', TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER areas_codes_permanent_on_truncate BEFORE TRUNCATE ON areas
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_code_truncate();
CREATE TRIGGER indicators_codes_permanent_on_truncate BEFORE TRUNCATE ON indicators
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_code_truncate();
