-- Counts the changes the index records in each folder's files: a reader that saw generation N
-- knows nothing changed while it still reads N. A counter rather than the latest change's time,
-- which stands still within a millisecond and goes back with the computer's clock.
ALTER TABLE folders ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
