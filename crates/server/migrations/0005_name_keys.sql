-- Each item's path under one canonical key (Unicode NFC after full case folding): names a
-- Windows or Mac computer takes for one are one name. Filled by the server at start for items
-- written before; checked under the account's lock by every write that gives an item a path.
ALTER TABLE media ADD COLUMN path_key TEXT;
CREATE INDEX media_path_key ON media (user_id, path_key) WHERE state = 'active';
