-- An area's outline in a division (the wijk- en buurtkaart of a year), as the map draws it: simplified once at import
-- and kept as a GeoJSON geometry in WGS84, so it is served as it is stored. A division's shapes change only when a
-- new kaart is imported; the areas keep their own validity years, as for the codes.
CREATE TABLE area_shapes (
    division_year    integer NOT NULL CHECK (division_year BETWEEN 1900 AND 2100),
    area_code        text NOT NULL REFERENCES areas (code),
    geometry         text NOT NULL,
    source_vertices  integer NOT NULL CHECK (source_vertices > 0),
    vertices         integer NOT NULL CHECK (vertices > 0),
    source           text NOT NULL,
    imported_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (division_year, area_code)
);
