-- Filterable tags, full-text search, duplicates and stories.

-- Which PostgreSQL text search configuration stems which language (primary BCP 47 subtag).
-- Only configurations this server actually has are recorded; anything else uses 'simple'.
CREATE TABLE text_search_language (
    language  text     PRIMARY KEY,
    config    regconfig NOT NULL
);

INSERT INTO text_search_language (language, config)
SELECT m.language, c.cfgname::regconfig
  FROM (VALUES ('ar', 'arabic'), ('hy', 'armenian'), ('eu', 'basque'), ('ca', 'catalan'), ('da', 'danish'),
               ('nl', 'dutch'), ('en', 'english'), ('fi', 'finnish'), ('fr', 'french'), ('de', 'german'),
               ('el', 'greek'), ('hi', 'hindi'), ('hu', 'hungarian'), ('id', 'indonesian'), ('ga', 'irish'),
               ('it', 'italian'), ('lt', 'lithuanian'), ('ne', 'nepali'), ('no', 'norwegian'),
               ('nb', 'norwegian'), ('nn', 'norwegian'), ('pt', 'portuguese'), ('ro', 'romanian'),
               ('ru', 'russian'), ('sr', 'serbian'), ('es', 'spanish'), ('sv', 'swedish'), ('ta', 'tamil'),
               ('tr', 'turkish'), ('yi', 'yiddish')) AS m (language, cfgname)
  JOIN pg_ts_config c ON c.cfgname = m.cfgname AND c.cfgnamespace = 'pg_catalog'::regnamespace;

-- 'en-GB' -> english, 'zh-Hans' -> simple. STABLE (reads a table), so it is called when a row is
-- written, and the stored config keeps the tsvector below a pure function of the row.
CREATE FUNCTION publish_ts_config(lang text) RETURNS regconfig
    LANGUAGE sql STABLE AS $$
    SELECT COALESCE((SELECT config FROM text_search_language
                      WHERE language = lower(split_part(COALESCE(lang, ''), '-', 1))),
                    'simple'::regconfig)
$$;

ALTER TABLE article_version ADD COLUMN ts_config regconfig;
UPDATE article_version SET ts_config = publish_ts_config(language);
ALTER TABLE article_version ALTER COLUMN ts_config SET NOT NULL;

-- Headline weighs A, body B: a word in the headline ranks higher than the same word in the body.
ALTER TABLE article_version ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(ts_config, COALESCE(headline, '')), 'A')
    || setweight(to_tsvector(ts_config, COALESCE(body_text, '')), 'B')) STORED;

CREATE INDEX article_version_search ON article_version USING gin (search);

-- The current version's filterable facts, copied onto the article row so that every list query
-- is answered from article (plus the tag tables) and the seq ordering index.
ALTER TABLE article ADD COLUMN source text;
ALTER TABLE article ADD COLUMN language text;
ALTER TABLE article ADD COLUMN item_time timestamptz;
UPDATE article a
   SET source = v.source, language = v.language,
       item_time = COALESCE(v.version_created, v.first_created, v.published_at)
  FROM article_version v
 WHERE v.article_id = a.article_id AND v.version = a.current_version;

CREATE INDEX article_visible_source ON article (source, seq DESC) WHERE pub_status <> 'canceled';
CREATE INDEX article_visible_language ON article (language, seq DESC) WHERE pub_status <> 'canceled';
CREATE INDEX article_visible_time ON article (item_time) WHERE pub_status <> 'canceled';

-- Subjects (IPTC Media Topics and others) of the current version. qcode is 'medtop:11000000' style.
CREATE TABLE article_subject (
    article_id text NOT NULL REFERENCES article (article_id),
    qcode      text NOT NULL,
    name       text,
    PRIMARY KEY (article_id, qcode)
);
CREATE INDEX article_subject_qcode ON article_subject (qcode, article_id);

-- People, places and organisations of the current version. literal is Wirestream's stable id
-- ('person:sergei-lavrov'); name is what the copy said. Filters match either.
CREATE TABLE article_entity (
    article_id text NOT NULL REFERENCES article (article_id),
    kind       text NOT NULL CHECK (kind IN ('person', 'place', 'organisation')),
    name       text NOT NULL,
    literal    text,
    PRIMARY KEY (article_id, kind, name)
);
CREATE INDEX article_entity_name ON article_entity (kind, lower(name), article_id);
CREATE INDEX article_entity_literal ON article_entity (kind, literal, article_id) WHERE literal IS NOT NULL;

-- Exact and near duplicates: recorded (so a story lists them and which sources carried it), never
-- turned into articles of their own.
CREATE TABLE article_duplicate (
    article_id    text        NOT NULL,
    version       integer     NOT NULL,
    original_id   text        NOT NULL,
    story_id      text        NOT NULL,
    verdict       text        NOT NULL CHECK (verdict IN ('exact', 'near')),
    similarity    double precision,
    uri           text        NOT NULL,
    headline      text,
    source        text        NOT NULL,
    provider_guid text,
    received_at   timestamptz,
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (article_id, version)
);
CREATE INDEX article_duplicate_story ON article_duplicate (story_id);
CREATE INDEX article_duplicate_original ON article_duplicate (original_id);

-- One row per story cluster; seq moves whenever anything in the story changes.
CREATE TABLE story (
    story_id   text        PRIMARY KEY,
    seq        bigint      NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO story (story_id, seq, created_at, updated_at)
SELECT story_id, max(seq), min(created_at), max(updated_at) FROM article GROUP BY story_id;
CREATE INDEX story_by_seq ON story (seq DESC);

CREATE INDEX article_version_story ON article_version (story_id);
