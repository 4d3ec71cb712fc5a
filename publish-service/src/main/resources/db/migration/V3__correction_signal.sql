-- The provider's explicit update signal per stored version, so a correction stays marked as one
-- in the history, the API and the feeds. NULL: a plain new version (or an original).
ALTER TABLE article_version
    ADD COLUMN signal text CHECK (signal IN ('update', 'correction'));
