-- This computer's side of sync: the account it is signed in to, the cloud as the change feed
-- last described it, what each folder last agreed on with the cloud, and transfers in flight.
-- Times are Unix milliseconds.

CREATE TABLE account (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    server TEXT NOT NULL,
    email TEXT NOT NULL,
    device_id TEXT NOT NULL,
    device_name TEXT NOT NULL,
    -- Where the device token is kept: 'keychain' or 'file'.
    token_store TEXT NOT NULL CHECK (token_store IN ('keychain', 'file')),
    signed_in_at INTEGER NOT NULL
);

-- The cloud's items, live and trashed, as the change feed last described them. Purged items
-- leave the table.
CREATE TABLE remote (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    hash BLOB NOT NULL CHECK (length(hash) = 32),
    kind TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('active', 'trashed')),
    size INTEGER NOT NULL,
    taken_at TEXT,
    sort_time INTEGER NOT NULL,
    width INTEGER,
    height INTEGER,
    duration_ms INTEGER,
    thumbnails TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    trashed_at INTEGER,
    seq INTEGER NOT NULL
);
CREATE INDEX remote_by_hash ON remote (hash);
CREATE INDEX remote_timeline ON remote (sort_time DESC, id DESC) WHERE state = 'active';

-- How far the change feed has been read.
CREATE TABLE feed (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    next_since INTEGER NOT NULL
);

-- The album of the cloud each library folder mirrors ('' is the top of the cloud).
CREATE TABLE links (
    folder_id INTEGER PRIMARY KEY,
    album TEXT NOT NULL
);

-- The merge base: what a folder and the cloud last agreed on, by key.
CREATE TABLE synced (
    folder_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    hash BLOB NOT NULL CHECK (length(hash) = 32),
    remote_id TEXT NOT NULL,
    PRIMARY KEY (folder_id, key)
) WITHOUT ROWID;

-- Transfers in flight, and failed ones waiting to be tried again. Folder 0 holds one-off
-- transfers (`skyfolio upload`, `skyfolio download`), keyed by their target.
CREATE TABLE transfers (
    folder_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('up', 'down')),
    hash BLOB NOT NULL CHECK (length(hash) = 32),
    size INTEGER NOT NULL,
    -- Where the bytes come from (up) or go (down), on this computer.
    local_path TEXT NOT NULL,
    -- The server's upload, once created.
    upload_id TEXT,
    -- The item downloaded.
    remote_id TEXT,
    bytes_done INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try_at INTEGER NOT NULL DEFAULT 0,
    error_code TEXT,
    error_message TEXT,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (folder_id, key, direction)
) WITHOUT ROWID;

CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
