-- A fingerprint of each directory's listing (names, sizes, modification times and file ids of
-- the files directly in it), so a rescan compares one row per directory instead of one per file.
-- A directory with a file that failed has no summary, so it is always looked at again.
-- Whatever changes `files` rows of a directory without the disk changing must delete its row.
CREATE TABLE dir_summaries (
    folder_id INTEGER NOT NULL REFERENCES folders (id) ON DELETE CASCADE,
    rel_dir TEXT NOT NULL,
    summary BLOB NOT NULL,
    PRIMARY KEY (folder_id, rel_dir)
) WITHOUT ROWID;
