-- The cloud's live items in the timeline's order (capture time, then content), the same order
-- as the library's, so the two merge page by page.
CREATE INDEX remote_timeline_by_hash ON remote (sort_time DESC, hash DESC) WHERE state = 'active';
