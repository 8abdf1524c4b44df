CREATE TABLE indicators (
    code            text PRIMARY KEY CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    request_id      uuid UNIQUE,
    name            text NOT NULL,
    definition      text NOT NULL DEFAULT '',
    unit            text NOT NULL,
    direction       text NOT NULL CHECK (direction IN ('higher_is_better', 'lower_is_better')),
    theme           text NOT NULL CHECK (theme IN ('onderwijs', 'armoede', 'werk', 'gezondheid', 'wonen',
                                                   'veiligheid', 'participatie')),
    source_dataset  text NOT NULL,
    source_column   text NOT NULL DEFAULT '',
    aggregation     text NOT NULL CHECK (aggregation IN ('sum', 'population_weighted_mean', 'none')),
    version         bigint NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX indicators_theme_idx ON indicators (theme, code);

-- A suppressed or missing figure is a row with a NULL value (and its source), never a zero.
CREATE TABLE observations (
    indicator_code  text NOT NULL REFERENCES indicators (code),
    area_code       text NOT NULL REFERENCES areas (code),
    year            integer NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    value           double precision CHECK (value IS NULL OR value NOT IN ('NaN', 'Infinity', '-Infinity')),
    status          text NOT NULL CHECK (status IN ('definitief', 'voorlopig')),
    source          text NOT NULL,
    PRIMARY KEY (indicator_code, area_code, year)
);

-- The primary key serves series (one indicator, many areas, a range of years); this serves latest values
-- (one area, many indicators, newest year first).
CREATE INDEX observations_area_idx ON observations (area_code, indicator_code, year DESC);
