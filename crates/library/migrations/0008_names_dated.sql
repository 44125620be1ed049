-- Whether the media of a folder's files have been dated by their file names once. An index
-- written before the reader looked at names holds phone-named photos undated; the first whole
-- scan dates them from the names it holds, and never again: every file read since is dated by
-- its name as it is read, and a file renamed since by its new name.
ALTER TABLE folders ADD COLUMN names_dated INTEGER NOT NULL DEFAULT 0;
