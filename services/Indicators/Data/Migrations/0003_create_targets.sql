CREATE TABLE targets (
    indicator_code       text NOT NULL REFERENCES indicators (code),
    area_code            text NOT NULL REFERENCES areas (code),
    baseline_year        integer NOT NULL CHECK (baseline_year BETWEEN 1900 AND 2100),
    baseline_value       double precision NOT NULL,
    target_year          integer NOT NULL,
    absolute_value       double precision,
    reference_area_code  text REFERENCES areas (code),
    gap_fraction         double precision CHECK (gap_fraction > 0 AND gap_fraction <= 1),
    source               text NOT NULL,
    version              bigint NOT NULL DEFAULT 1,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (indicator_code, area_code),
    CHECK (target_year > baseline_year),
    -- Exactly one kind of goal.
    CHECK ((absolute_value IS NOT NULL) <> (reference_area_code IS NOT NULL AND gap_fraction IS NOT NULL)),
    CHECK ((reference_area_code IS NULL) = (gap_fraction IS NULL))
);

CREATE INDEX targets_area_idx ON targets (area_code);
