-- The server's schema. Written for SQLite and PostgreSQL alike: TEXT, BIGINT and BOOLEAN only,
-- times as milliseconds since the Unix epoch, ids as random hex text.

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    -- Lowercased; the login name.
    email TEXT NOT NULL UNIQUE,
    -- argon2id, PHC string format.
    password_hash TEXT NOT NULL,
    admin BOOLEAN NOT NULL,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    quota_bytes BIGINT NOT NULL,
    -- The last change-feed sequence number handed out for this user.
    seq BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    platform TEXT NOT NULL,
    -- BLAKE3 of the token, hex: the token itself is never stored.
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    last_sync_at BIGINT,
    -- Set when the device is unlinked or logs out; its token stops working at once.
    revoked_at BIGINT
);
CREATE INDEX devices_by_user ON devices (user_id);

-- One row per distinct content a user holds, while any of their items refers to it.
CREATE TABLE blobs (
    user_id TEXT NOT NULL REFERENCES users (id),
    hash TEXT NOT NULL,
    size BIGINT NOT NULL,
    storage_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    mime TEXT,
    taken_at TEXT,
    -- The capture time read as UTC, ms; NULL when the file has none.
    taken_sort BIGINT,
    width BIGINT,
    height BIGINT,
    duration_ms BIGINT,
    -- pending | ready | none
    thumbnails TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, hash)
);
CREATE INDEX blobs_pending_thumbnails ON blobs (thumbnails) WHERE thumbnails = 'pending';

CREATE TABLE media (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    hash TEXT NOT NULL,
    path TEXT NOT NULL,
    -- active | trashed | purged (a tombstone, kept for the change feed)
    state TEXT NOT NULL,
    -- Copied from the blob so that a tombstone still says what it was.
    kind TEXT NOT NULL,
    size BIGINT NOT NULL,
    sort_time BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    trashed_at BIGINT,
    seq BIGINT NOT NULL
);
-- Two live items never share a path.
CREATE UNIQUE INDEX media_path ON media (user_id, path) WHERE state = 'active';
-- The timeline, newest first, by keyset.
CREATE INDEX media_timeline ON media (user_id, sort_time, id) WHERE state = 'active';
CREATE INDEX media_trash ON media (user_id, trashed_at, id) WHERE state = 'trashed';
CREATE INDEX media_by_hash ON media (user_id, hash);

-- The change feed: every create, move, trash, restore and purge, in order.
CREATE TABLE changes (
    user_id TEXT NOT NULL REFERENCES users (id),
    seq BIGINT NOT NULL,
    media_id TEXT NOT NULL REFERENCES media (id),
    op TEXT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (user_id, seq)
);

-- Resumable uploads (tus). The bytes live in storage under storage_key until committed.
CREATE TABLE uploads (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    device_id TEXT NOT NULL REFERENCES devices (id),
    path TEXT NOT NULL,
    hash TEXT NOT NULL,
    size BIGINT NOT NULL,
    "offset" BIGINT NOT NULL,
    modified_at BIGINT,
    -- The live item at `path` this upload is a new version of: trashed when it commits.
    replaces TEXT,
    storage_key TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX uploads_by_user ON uploads (user_id);
CREATE INDEX uploads_expiry ON uploads (expires_at);
