-- The media still waiting for thumbnails, newest first, as the filler takes them: after every
-- scan it asks, and with every thumbnail made the answer is found without reading all media.
CREATE INDEX media_thumbs_pending ON media (sort_time DESC) WHERE thumb_state = 'pending';
