-- What the reader made of a file it did not take (state 'error' or 'ignored') is remembered with
-- the reader's version (skyfolio_media::READER_VERSION). Such a file is read again only when its
-- size, modification time or identity change, when a newer reader comes, or when someone asks
-- to try again. 0 means "read it again": rows from before this column, failures that may pass on
-- their own (io, timeout) and failures someone asked to try again. A directory whose remembered
-- failures still hold keeps its real fingerprint in dir_summaries.
ALTER TABLE files ADD COLUMN reader_version INTEGER NOT NULL DEFAULT 0;

-- The remembered verdicts of a folder, and those an older reader gave.
CREATE INDEX files_verdicts ON files (folder_id, state, reader_version)
    WHERE state IN ('error', 'ignored');
