-- The capture time an importer knows from elsewhere (a Google Takeout sidecar), kept with the
-- upload until its last byte commits; used only when the file states no time of its own.
ALTER TABLE uploads ADD COLUMN taken_at_fallback TEXT;
