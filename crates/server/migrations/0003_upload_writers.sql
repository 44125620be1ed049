-- The request writing to an upload, on whichever process, and until when its claim holds:
-- another request may write once it is released or has lapsed.
ALTER TABLE uploads ADD COLUMN writer TEXT;
ALTER TABLE uploads ADD COLUMN writing_until BIGINT;
