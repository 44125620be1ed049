-- A folder that lists nothing although the index holds photos in it keeps state 'error' with
-- `emptied` set (FolderState::Emptied): nothing in it is taken as deleted until someone says the
-- emptiness is meant.
ALTER TABLE folders ADD COLUMN emptied INTEGER NOT NULL DEFAULT 0;

-- Files the last scan of their directory found still being written: not in the index yet, and
-- waiting to be carried all the same. Each scan replaces the rows of the directories it covered;
-- a file the engine writes leaves at once.
CREATE TABLE busy_files (
    folder_id INTEGER NOT NULL REFERENCES folders (id) ON DELETE CASCADE,
    rel_path TEXT NOT NULL,
    PRIMARY KEY (folder_id, rel_path)
) WITHOUT ROWID;
