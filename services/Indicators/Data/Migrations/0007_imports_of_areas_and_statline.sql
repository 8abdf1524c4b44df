-- Imports of areas count areas rather than observations; imports from StatLine keep what they read: the table, its
-- modification date, the query and the pages (as JSON, like the issues).
ALTER TABLE imports
    ADD COLUMN areas_written    bigint NOT NULL DEFAULT 0,
    ADD COLUMN areas_unchanged  bigint NOT NULL DEFAULT 0,
    ADD COLUMN statline         jsonb;
