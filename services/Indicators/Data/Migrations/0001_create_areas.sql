CREATE TABLE areas (
    code             text PRIMARY KEY,
    name             text NOT NULL,
    level            text NOT NULL CHECK (level IN ('buurt', 'wijk', 'gemeente', 'land')),
    parent_code      text REFERENCES areas (code),
    valid_from_year  integer NOT NULL,
    valid_to_year    integer CHECK (valid_to_year IS NULL OR valid_to_year >= valid_from_year),
    population       bigint CHECK (population IS NULL OR population >= 0),
    population_year  integer,
    source           text NOT NULL
);

CREATE INDEX areas_parent_code_idx ON areas (parent_code, code);
CREATE INDEX areas_level_idx ON areas (level, code);
