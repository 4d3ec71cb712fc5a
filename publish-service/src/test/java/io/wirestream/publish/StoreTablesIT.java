package io.wirestream.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.contract.EnrichedArticle;
import io.wirestream.publish.store.ArticleWriter;
import io.wirestream.publish.store.StoreOutcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the writer puts in the filter tables, the duplicates table and the story table. */
class StoreTablesIT extends PublishItSupport {

    @Autowired
    ArticleWriter writer;

    @Test
    void tagsFollowTheCurrentVersionOnly() {
        String id = Fixtures.newId();
        writer.storeAll(List.of(Fixtures.tagged(id, 1, "Summit", "Leaders met.", "en", "agency-a",
                List.of("11000000", "11000000"), List.of("Sergei Lavrov"), List.of("Moscow"), List.of("United Nations"))));
        assertThat(subjects(id)).containsExactly("medtop:11000000");
        assertThat(entities(id)).containsExactlyInAnyOrder("person|name|sergei lavrov",
                "person|id|person:sergei-lavrov", "place|name|moscow", "place|id|place:moscow",
                "organisation|name|united nations", "organisation|id|org:united-nations");

        writer.storeAll(List.of(Fixtures.tagged(id, 3, "Summit ends", "Leaders left.", "en", "agency-a",
                List.of("04000000"), List.of("Angela Merkel"), List.of(), List.of())));
        // A late lower version goes to the history and leaves the tags of version 3 alone.
        List<StoreOutcome> late = writer.storeAll(List.of(Fixtures.tagged(id, 2, "Summit goes on", "More.", "en",
                "agency-a", List.of("01000000"), List.of("Nobody"), List.of(), List.of())));
        assertThat(late).containsExactly(StoreOutcome.HISTORY);
        assertThat(subjects(id)).containsExactly("medtop:04000000");
        assertThat(entities(id)).containsExactlyInAnyOrder("person|name|angela merkel", "person|id|person:angela-merkel");
        assertThat(jdbc.sql("SELECT source || '|' || language FROM article WHERE article_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("agency-a|en");
    }

    @Test
    void anArticleFirstSeenAndUpdatedInOneBatchKeepsOnlyItsLatestTags() {
        String id = Fixtures.newId();
        String other = Fixtures.newId();
        // Two versions of one article in one batch: the tags are those of the later one.
        writer.storeAll(List.of(
                Fixtures.tagged(id, 1, "Summit", "Leaders met.", "en", "agency-a", List.of("11000000"),
                        List.of("Sergei Lavrov"), List.of("Moscow"), List.of()),
                Fixtures.tagged(other, 1, "Storm", "Rain fell.", "en", "agency-a", List.of("17000000"),
                        List.of(), List.of("Rotterdam"), List.of()),
                Fixtures.tagged(id, 2, "Summit ends", "Leaders left.", "en", "agency-a", List.of("04000000"),
                        List.of("Sergei Lavrov"), List.of(), List.of("United Nations"))));
        assertThat(subjects(id)).containsExactly("medtop:04000000");
        assertThat(entities(id)).containsExactlyInAnyOrder("person|name|sergei lavrov",
                "person|id|person:sergei-lavrov", "organisation|name|united nations",
                "organisation|id|org:united-nations");
        assertThat(subjects(other)).containsExactly("medtop:17000000");
        assertThat(entities(other)).containsExactlyInAnyOrder("place|name|rotterdam", "place|id|place:rotterdam");
    }

    @Test
    void eachVersionGetsTheTextSearchConfigurationOfItsLanguage() {
        String en = Fixtures.newId();
        String de = Fixtures.newId();
        String zh = Fixtures.newId();
        String none = Fixtures.newId();
        writer.storeAll(List.of(
                Fixtures.tagged(en, 1, "Ports", "Ships were running.", "en-GB", "a", List.of(), List.of(), List.of(), List.of()),
                Fixtures.tagged(de, 1, "Häfen", "Die Schiffe fuhren.", "de", "a", List.of(), List.of(), List.of(), List.of()),
                Fixtures.tagged(zh, 1, "港口", "船舶", "zh-Hans", "a", List.of(), List.of(), List.of(), List.of()),
                Fixtures.tagged(none, 1, "Ports", "Ships.", null, "a", List.of(), List.of(), List.of(), List.of())));
        assertThat(config(en)).isEqualTo("english");
        assertThat(config(de)).isEqualTo("german");
        assertThat(config(zh)).isEqualTo("simple");
        assertThat(config(none)).isEqualTo("simple");
        // English stemming: "running" is stored as "run", and the headline carries weight A.
        assertThat(jdbc.sql("SELECT search::text FROM article_version WHERE article_id = :id").param("id", en)
                .query(String.class).single()).contains("'run':").contains("'port':1A");
    }

    @Test
    void duplicatesAreRecordedAgainstTheirOriginalWithoutBecomingArticles() {
        String original = Fixtures.newId();
        String exact = Fixtures.newId();
        String near = Fixtures.newId();
        List<StoreOutcome> outcomes = writer.storeAll(List.of(Fixtures.original(original, "Original"),
                Fixtures.exactDuplicate(exact, original, "Original"),
                Fixtures.nearDuplicate(near, original, "agency-b", 0.93)));
        assertThat(outcomes).containsExactly(StoreOutcome.CURRENT, StoreOutcome.DUPLICATE, StoreOutcome.DUPLICATE);
        assertThat(jdbc.sql("SELECT count(*) FROM article WHERE article_id IN (:ids)")
                .param("ids", List.of(exact, near)).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                SELECT article_id || '|' || verdict || '|' || original_id || '|' || story_id || '|' || source
                       || '|' || COALESCE(similarity::text, '-')
                  FROM article_duplicate WHERE original_id = :id ORDER BY verdict""")
                .param("id", original).query(String.class).list()).containsExactly(
                exact + "|exact|" + original + "|" + original + "|" + Fixtures.SOURCE + "|1",
                near + "|near|" + original + "|" + original + "|agency-b|0.93");
        assertThat(writer.storeAll(List.of(Fixtures.nearDuplicate(near, original, "agency-b", 0.93))))
                .containsExactly(StoreOutcome.REPLAYED);
    }

    @Test
    void replayingEverythingChangesNothing() {
        String a = Fixtures.newId();
        String b = Fixtures.newId();
        String dup = Fixtures.newId();
        List<EnrichedArticle> records = List.of(
                Fixtures.original(a, "A one"), Fixtures.version(a, 2, "A two"),
                Fixtures.tagged(b, 1, "B one", "Body of b.", "fr", "agency-c", List.of("15000000"),
                        List.of("Zinedine Zidane"), List.of("Marseille"), List.of()),
                Fixtures.exactDuplicate(dup, a, "A one"),
                Fixtures.version(a, 4, "A four"), Fixtures.version(a, 3, "A three, late"),
                Fixtures.kill(b, 2));
        writer.storeAll(records);
        String before = snapshot(List.of(a, b, dup));

        List<StoreOutcome> replay = writer.storeAll(records);
        assertThat(replay).containsOnly(StoreOutcome.REPLAYED);
        assertThat(snapshot(List.of(a, b, dup))).isEqualTo(before);
        // Record by record, as after a crash in the middle of a batch, is no different.
        records.forEach(writer::store);
        assertThat(snapshot(List.of(a, b, dup))).isEqualTo(before);
    }

    /** Every row about these articles, as text, including sequences and timestamps. */
    private String snapshot(List<String> ids) {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("article", "article_version", "article_duplicate")) {
            rows.addAll(jdbc.sql("SELECT t::text FROM " + table + " t WHERE article_id IN (:ids) ORDER BY t::text")
                    .param("ids", ids).query(String.class).list());
        }
        rows.addAll(jdbc.sql("SELECT t::text FROM story t WHERE story_id IN (:ids) ORDER BY t::text")
                .param("ids", ids).query(String.class).list());
        assertThat(rows).hasSizeGreaterThan(10);
        return String.join("\n", rows);
    }

    private String config(String id) {
        return jdbc.sql("SELECT ts_config::text FROM article_version WHERE article_id = :id").param("id", id)
                .query(String.class).single();
    }

    /** The subject qcodes on the article row's tags. */
    private List<String> subjects(String id) {
        return tags(id).stream().filter(t -> t.startsWith("subject|")).map(t -> t.substring("subject|".length()))
                .toList();
    }

    /** The entity keys on the article row's tags: kind|name|lower-case name and kind|id|literal. */
    private List<String> entities(String id) {
        return tags(id).stream().filter(t -> !t.startsWith("subject|")).toList();
    }

    private List<String> tags(String id) {
        return jdbc.sql("SELECT unnest(tags) FROM article WHERE article_id = :id ORDER BY 1").param("id", id)
                .query(String.class).list();
    }
}
