-- The imports are listed newest first, page after page (keyset on started_at and id).
CREATE INDEX imports_newest_first ON imports (started_at DESC, id DESC);
