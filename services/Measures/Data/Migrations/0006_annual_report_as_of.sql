-- The moment an annual report reads everything as it stood (its peildatum): none for the moment it was asked for. A
-- report asked again for an earlier moment says what the first said; a moment after the asking would not be known yet.
ALTER TABLE annual_reports ADD COLUMN as_of timestamptz CHECK (as_of <= created_at);
