CREATE TABLE partner_contacts (
    partner_id  uuid NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    position    int NOT NULL CHECK (position >= 0),
    name        text NOT NULL,
    function    text NOT NULL DEFAULT '',
    email       text NOT NULL DEFAULT '',
    PRIMARY KEY (partner_id, position)
);

ALTER TABLE partners ADD COLUMN archived_at timestamptz NULL;

-- Lists filtered by type keep the name order of the unfiltered list.
CREATE INDEX partners_type_name_idx ON partners (type, lower(name), id);
