-- The bytes of every content an account holds, kept beside the rows that make it up (added
-- and taken away in the same transaction as its blob rows), so that checking the quota before
-- an upload does not add up a whole library each time.
ALTER TABLE users ADD COLUMN stored_bytes BIGINT NOT NULL DEFAULT 0;
UPDATE users SET stored_bytes = COALESCE((SELECT SUM(size) FROM blobs WHERE blobs.user_id = users.id), 0);
