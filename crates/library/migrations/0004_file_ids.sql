-- Finding a file the index knows under another name (a rename or a move) by its OS identity.
CREATE INDEX files_by_file_id ON files (file_id) WHERE file_id IS NOT NULL;
