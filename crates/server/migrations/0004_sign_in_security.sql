-- Where each account signed in from successfully (an IPv4 address, or an IPv6 /64 network):
-- a sign-in from such an address passes the limit on failed log-ins that strangers elsewhere
-- can run an account into.
CREATE TABLE known_addresses (
    user_id TEXT NOT NULL REFERENCES users (id),
    address TEXT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, address)
);
CREATE INDEX known_addresses_by_age ON known_addresses (last_seen_at);

-- Invites the administrator gave out: with registration closed, one creates one account.
CREATE TABLE invites (
    -- BLAKE3 of the code, hex: the code itself is never stored.
    code_hash TEXT PRIMARY KEY,
    -- The quota of the account it creates; NULL for the server's default.
    quota_bytes BIGINT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    used_by TEXT REFERENCES users (id)
);
