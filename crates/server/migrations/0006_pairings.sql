-- One-time codes a signed-in device shows (as a QR code) so that another device of the same
-- account, a phone's browser, signs in without the password. One live code per device; it
-- dies when used, when it expires, or when the device that made it is unlinked.
CREATE TABLE pairings (
    -- BLAKE3 of the code, hex: the code itself is never stored.
    code_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    device_id TEXT NOT NULL REFERENCES devices (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX pairings_by_device ON pairings (device_id);
CREATE INDEX pairings_by_expiry ON pairings (expires_at);
