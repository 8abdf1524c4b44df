-- Participants, funding, milestones and indicator links belong to the measure and change with it, under its
-- version; they are kept as JSON beside it. partner_ids (the lead and the participants) serves the partner filter.
ALTER TABLE measures
    ADD COLUMN participants     jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN partner_ids      uuid[] NOT NULL DEFAULT '{}',
    ADD COLUMN start_date       date,
    ADD COLUMN end_date         date,
    ADD COLUMN funding          jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN milestones       jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN indicator_links  jsonb NOT NULL DEFAULT '[]',
    ADD CONSTRAINT measures_dates_check CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date);

UPDATE measures SET partner_ids = ARRAY[lead_partner_id];

CREATE INDEX measures_partner_ids_idx ON measures USING gin (partner_ids);
CREATE INDEX measures_theme_status_idx ON measures (theme, status, id);
