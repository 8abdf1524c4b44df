-- Which areas belong to a programme, and from when: programme areas are not fixed boundaries (the municipality's
-- wijkvernieuwing, the Regio Deal and pilots each draw their own) and they change over the years.
CREATE TABLE programme_memberships (
    programme       text NOT NULL,
    area_code       text NOT NULL REFERENCES areas (code),
    -- The programme's own name for the part the area belongs to, e.g. "Indische Buurt/Korrewegwijk".
    programme_wijk  text NOT NULL DEFAULT '',
    from_year       integer NOT NULL,
    to_year         integer CHECK (to_year IS NULL OR to_year >= from_year),
    source          text NOT NULL,
    PRIMARY KEY (programme, area_code, from_year)
);

CREATE INDEX programme_memberships_area_idx ON programme_memberships (area_code);
