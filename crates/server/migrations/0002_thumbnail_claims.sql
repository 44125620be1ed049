-- Thumbnail work taken by a worker process, until when: another worker takes it after that.
ALTER TABLE blobs ADD COLUMN thumbnails_claimed_until BIGINT;
