-- The filterable tags of the current version move from two tables (one row per tag, three b-tree
-- indexes each) onto the article row as one text array under a GIN index. Writing a version then
-- costs one row instead of one per tag, and a filter is an array overlap (&&) on that index.
-- Keys (built by Tags.keys in Java, matched by ArticleReader):
--   'subject|medtop:11000000'            a subject qcode
--   'person|name|sergei lavrov'          a person, place or organisation by its name, lower case
--   'person|id|person:sergei-lavrov'     ... or by its Wirestream literal
ALTER TABLE article ADD COLUMN tags text[] NOT NULL DEFAULT '{}';

UPDATE article a
   SET tags = t.keys
  FROM (SELECT article_id, array_agg(k ORDER BY k) AS keys
          FROM (SELECT article_id, 'subject|' || qcode AS k FROM article_subject
                UNION
                SELECT article_id, kind || '|name|' || lower(name) FROM article_entity
                UNION
                SELECT article_id, kind || '|id|' || literal FROM article_entity WHERE literal IS NOT NULL) u
         GROUP BY article_id) t
 WHERE t.article_id = a.article_id;

CREATE INDEX article_tags ON article USING gin (tags);

DROP TABLE article_subject;
DROP TABLE article_entity;
