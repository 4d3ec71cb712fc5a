package io.wirestream.publish.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.Ninjs;
import io.wirestream.publish.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoredItemTest {

    @Test
    void keepsTheStatedOffsetAndOnlyNinjsProperties() {
        String id = Fixtures.newId();
        StoredItem item = StoredItem.of(Fixtures.original(id, "Storm"), false);
        assertThat(item.text()).contains("\"firstCreated\":\"2012-11-23T19:09:24+08:00\"")
                .contains("\"uri\":\"urn:wirestream:article:" + id + "\"");
        assertThat(item.json().propertyNames()).doesNotContain("dedupe", "provenance", "id", "dateline");
    }

    @Test
    void removesNulCharactersPostgresWouldReject() {
        EnrichedArticle article = withHeadline("Storm\u0000 closes\u0000 ports");
        StoredItem item = StoredItem.of(article, false);
        assertThat(item.ninjs().mainHeadline()).isEqualTo("Storm closes ports");
        assertThat(item.text()).doesNotContain("\\u0000");
    }

    @Test
    void fillsInAMissingVersionAndCancelsOnKill() {
        EnrichedArticle article = withHeadline("Withdrawn");
        StoredItem item = StoredItem.of(article, true);
        assertThat(item.json().get("version").asString()).isEqualTo("3");
        assertThat(item.ninjs().pubStatus()).isEqualTo("canceled");
    }

    @Test
    void refusesAnItemWithoutUri() {
        var item = new Ninjs(null, "text", null, null, null, null, null, null, null, List.of(), List.of(), null,
                null, List.of(), List.of(), List.of(), List.of(), List.of());
        var base = Fixtures.original(Fixtures.newId(), "x");
        var article = new EnrichedArticle(base.id(), 1, item, null, base.provenance(), base.dedupe(), null);
        assertThatThrownBy(() -> StoredItem.of(article, false)).isInstanceOf(InvalidArticleException.class);
    }

    private static EnrichedArticle withHeadline(String headline) {
        String id = Fixtures.newId();
        var base = Fixtures.original(id, "x");
        var item = new Ninjs(Fixtures.uri(id), "text", null, null, Fixtures.FIRST_CREATED, null, "usable", "en",
                null, List.of(new Ninjs.Headline("main", headline)), List.of(), null, null, List.of(), List.of(),
                List.of(), List.of(), List.of());
        return new EnrichedArticle(id, 3, item, null, base.provenance(),
                new DedupeVerdict(DedupeVerdict.Kind.VERSION, id, id, null), null);
    }
}
