-- The local library: folders this computer watches, the files in them, and the media (by
-- content hash) those files hold. Times are Unix milliseconds unless named otherwise.

CREATE TABLE folders (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    mode TEXT NOT NULL CHECK (mode IN ('two-way', 'upload-only', 'download-only')),
    state TEXT NOT NULL DEFAULT 'ok' CHECK (state IN ('ok', 'missing', 'error')),
    error TEXT,
    added_at INTEGER NOT NULL,
    last_scan_at INTEGER
);

-- One row per distinct content. `sort_time` orders the timeline: the capture time as the
-- camera's wall clock read as if it were UTC (so a photo's day is the day it was taken where it
-- was taken), or the file's modification time when the file gives no capture time.
CREATE TABLE media (
    hash BLOB PRIMARY KEY NOT NULL CHECK (length(hash) = 32),
    kind TEXT NOT NULL CHECK (kind IN ('photo', 'video')),
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    taken_at TEXT,
    taken_at_source TEXT,
    sort_time INTEGER NOT NULL,
    width INTEGER,
    height INTEGER,
    orientation INTEGER NOT NULL DEFAULT 1,
    duration_ms INTEGER,
    rotation INTEGER,
    make TEXT,
    model TEXT,
    latitude REAL,
    longitude REAL,
    thumb_state TEXT NOT NULL DEFAULT 'pending'
        CHECK (thumb_state IN ('pending', 'ready', 'none', 'failed')),
    added_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE INDEX media_timeline ON media (sort_time DESC, hash DESC);

-- One row per path in a folder. A deleted file keeps its row (state 'deleted') so sync can tell
-- a deletion from a file it never saw. `file_id` is the OS identity of the file (device and
-- inode), which survives renames. Files that are not photos or videos are kept as 'ignored' so a
-- rescan does not read them again.
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    folder_id INTEGER NOT NULL REFERENCES folders (id) ON DELETE CASCADE,
    rel_path TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    file_id TEXT,
    hash BLOB REFERENCES media (hash),
    state TEXT NOT NULL CHECK (state IN ('present', 'deleted', 'error', 'ignored')),
    error_code TEXT,
    error_message TEXT,
    updated_at INTEGER NOT NULL,
    UNIQUE (folder_id, rel_path)
);

CREATE INDEX files_by_hash ON files (hash, state);
