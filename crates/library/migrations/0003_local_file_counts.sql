-- How many present files on this computer hold each media item, kept by triggers, so the
-- timeline of "what is on this PC" reads one partial index instead of probing files per row.
ALTER TABLE media ADD COLUMN local_files INTEGER NOT NULL DEFAULT 0;

UPDATE media SET local_files =
    (SELECT count(*) FROM files f WHERE f.hash = media.hash AND f.state = 'present');

CREATE TRIGGER files_count_insert AFTER INSERT ON files
WHEN NEW.state = 'present' AND NEW.hash IS NOT NULL
BEGIN
    UPDATE media SET local_files = local_files + 1 WHERE hash = NEW.hash;
END;

CREATE TRIGGER files_count_delete AFTER DELETE ON files
WHEN OLD.state = 'present' AND OLD.hash IS NOT NULL
BEGIN
    UPDATE media SET local_files = local_files - 1 WHERE hash = OLD.hash;
END;

CREATE TRIGGER files_count_update AFTER UPDATE OF state, hash ON files
BEGIN
    UPDATE media SET local_files = local_files - 1
        WHERE OLD.state = 'present' AND hash = OLD.hash;
    UPDATE media SET local_files = local_files + 1
        WHERE NEW.state = 'present' AND hash = NEW.hash;
END;

CREATE INDEX media_local_timeline ON media (sort_time DESC, hash DESC) WHERE local_files > 0;

-- Where each present item lives, answered from the index alone.
CREATE INDEX files_present_by_hash ON files (hash, folder_id, rel_path) WHERE state = 'present';
