-- One sequence orders everything publish stores: version rows take a value when inserted and an
-- article takes a fresh one whenever its current version or status changes, so "newest first"
-- means "most recently published or updated" and a cursor is just a sequence value.
CREATE SEQUENCE publish_seq;

-- Every stored version of every article. The primary key makes a replayed record a no-op.
-- Rows are never updated: this is the history.
CREATE TABLE article_version (
    article_id      text        NOT NULL,
    version         integer     NOT NULL CHECK (version >= 1),
    seq             bigint      NOT NULL DEFAULT nextval('publish_seq'),
    story_id        text        NOT NULL,
    uri             text        NOT NULL,
    headline        text,
    body_text       text,
    body_html       text,
    byline          text,
    located         text,
    language        text,
    pub_status      text        NOT NULL,
    -- timestamptz keeps the instant for queries; the stated offset survives in item (jsonb).
    first_created   timestamptz,
    version_created timestamptz,
    source          text        NOT NULL,
    provider_guid   text,
    body_hash       text        NOT NULL,
    verdict         text        NOT NULL,
    item            jsonb       NOT NULL,
    published_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (article_id, version)
);

ALTER SEQUENCE publish_seq OWNED BY article_version.seq;

-- One row per article pointing at its current version. Only a higher version moves the pointer;
-- a kill cancels the article for good.
CREATE TABLE article (
    article_id      text        PRIMARY KEY,
    current_version integer     NOT NULL,
    seq             bigint      NOT NULL UNIQUE,
    story_id        text        NOT NULL,
    pub_status      text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (article_id, current_version) REFERENCES article_version (article_id, version)
);

-- The list and the feed read the visible articles newest first.
CREATE INDEX article_visible_by_seq ON article (seq DESC) WHERE pub_status <> 'canceled';
CREATE INDEX article_story ON article (story_id);
