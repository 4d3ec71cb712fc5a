package io.wirestream.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.testsupport.ContractSchemas;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    static RawArticle rawNinjs() {
        var provider = new ProviderFields("urn:agency:2026:123", 2, "Storm closes ports", "Ports closed on Tuesday.",
                "text/plain", "Jane Roe", "OSLO", "en", "usable", Instant.parse("2026-11-27T10:00:00Z"),
                Instant.parse("2026-11-27T09:00:00Z"), List.of("medtop:17000000"));
        return new RawArticle(ArticleIds.forProviderItem("agency", "urn:agency:2026:123"), "agency",
                Instant.parse("2026-11-27T10:00:01Z"), WireFormat.NINJS, "application/json", "{}", provider);
    }

    static EnrichedArticle enriched() {
        var item = new Ninjs("urn:wirestream:article:1f0e6a3c-7d2b-3c1a-9f4e-2b7c1d0e5a6f", "text", "1",
                OffsetDateTime.parse("2012-11-23T19:09:24+08:00"), OffsetDateTime.parse("2012-11-23T19:09:24+08:00"), null,
                "usable", "en", null, List.of(new Ninjs.Headline("main", "Russia, U.S. seek common development")),
                List.of(new Ninjs.Body("main", "text/plain", "Russia and the United States...")), null, "MOSCOW",
                List.of(), List.of(), List.of(), List.of(), List.of(new Ninjs.AltId("provider", "x-1")));
        var provenance = new Provenance("xinhua-web", Instant.parse("2026-11-27T10:00:01Z"), WireFormat.TEXT, null,
                ArticleIds.sha256("body"));
        String id = "1f0e6a3c-7d2b-3c1a-9f4e-2b7c1d0e5a6f";
        return new EnrichedArticle(id, 1, item, new Dateline("MOSCOW", "Nov. 23", "Xinhua"), provenance,
                DedupeVerdict.original(id), Instant.parse("2026-11-27T10:00:02Z"));
    }

    @Test
    void rawArticleSurvivesARoundTripAndMatchesItsSchema() {
        byte[] json = EventJson.toBytes(rawNinjs());
        ContractSchemas.assertValid(Topics.RAW, json);
        assertThat(EventJson.fromBytes(json, RawArticle.class)).isEqualTo(rawNinjs());
    }

    @Test
    void enrichedArticleKeepsTheStatedOffsetAndMatchesItsSchema() {
        byte[] json = EventJson.toBytes(enriched());
        ContractSchemas.assertValid(Topics.ENRICHED, json);
        assertThat(new String(json)).contains("\"versionCreated\":\"2012-11-23T19:09:24+08:00\"")
                .contains("\"kind\":\"original\"").doesNotContain("null");
        EnrichedArticle back = EventJson.fromBytes(json, EnrichedArticle.class);
        assertThat(back.item().versionCreated().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
        assertThat(back).isEqualTo(enriched());
    }

    @Test
    void annotationsPageMetadataAndSameEventLinksRoundTripAndMatchTheSchema() {
        var lavrov = new Annotations.TaggedEntity("person:sergei-lavrov", Annotations.EntityType.PERSON, "Sergei Lavrov",
                List.of("Foreign Minister Sergei Lavrov", "Lavrov"), List.of("Foreign Minister"), "RU", 0.9);
        var moscow = new Annotations.TaggedEntity("place:moscow", Annotations.EntityType.PLACE, "Moscow",
                List.of("MOSCOW"), List.of(), "RU", 0.6);
        var annotations = new Annotations(List.of(lavrov, moscow), List.of("strategic stability"));
        var page = new PageMetadata("Xinhua", "https://example.org/a", "https://example.org/a.jpg",
                List.of("Ann Lee", "Bo Chen"), OffsetDateTime.parse("2012-11-24T08:00:00+08:00"));
        EnrichedArticle base = enriched();
        var verdict = base.dedupe().withSameEvent(new DedupeVerdict.EventLink("story-0", "article-0", 0.41));
        var article = new EnrichedArticle(base.id(), 1, base.item(), base.dateline(), base.provenance(), verdict,
                base.enrichedAt(), annotations, page);

        byte[] json = EventJson.toBytes(article);
        ContractSchemas.assertValid(Topics.ENRICHED, json);
        assertThat(new String(json)).contains("\"type\":\"person\"").contains("\"countryCode\":\"RU\"")
                .contains("\"modified\":\"2012-11-24T08:00:00+08:00\"").contains("\"sameEvent\"");
        EnrichedArticle back = EventJson.fromBytes(json, EnrichedArticle.class);
        assertThat(back).isEqualTo(article);
        assertThat(back.annotations().ofType(Annotations.EntityType.PLACE)).containsExactly(moscow);
    }

    @Test
    void emptyPageMetadataIsLeftOutAndRelevanceIsBounded() {
        EnrichedArticle base = enriched();
        var article = base.withAnnotations(null, new PageMetadata(null, null, null, List.of(), null));
        assertThat(article.page()).isNull();
        assertThat(new String(EventJson.toBytes(article))).doesNotContain("\"page\"").doesNotContain("annotations");
        assertThatThrownBy(() -> new Annotations.TaggedEntity("x", Annotations.EntityType.ORGANISATION, "X", null, null,
                null, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wireFieldsOfStructuredFormatsRoundTripAndMatchTheSchema() {
        var provider = new ProviderFields("NTB-123", 3, "Ferja innstilt", "Body", "text/plain", null, "Bodø", "no",
                "usable", null, null, List.of(), "FERJE-STOPP", 2, "correction", Instant.parse("2026-11-28T06:00:00Z"),
                "BODØ, Nov. 27 (NTB)");
        var raw = new RawArticle(ArticleIds.forProviderItem("ntb", "NTB-123"), "ntb", Instant.parse("2026-11-27T10:00:01Z"),
                WireFormat.NITF, "application/xml", "<nitf/>", provider);
        byte[] json = EventJson.toBytes(raw);
        ContractSchemas.assertValid(Topics.RAW, json);
        assertThat(EventJson.fromBytes(json, RawArticle.class)).isEqualTo(raw);
        assertThat(WireFormat.NITF.statesFields()).isTrue();
        assertThat(WireFormat.HTML.statesFields()).isFalse();
    }

    @Test
    void schemaRejectsAnEventMissingRequiredFields() {
        byte[] json = "{\"id\":\"x\",\"source\":\"s\"}".getBytes();
        assertThat(ContractSchemas.errors(Topics.RAW, json)).isNotEmpty();
        assertThatThrownBy(() -> ContractSchemas.assertValid(Topics.RAW, json)).isInstanceOf(AssertionError.class);
    }

    @Test
    void newerProducersMayAddFields() {
        byte[] json = EventJson.toBytes(rawNinjs());
        String withExtra = new String(json).replaceFirst("\\{", "{\"addedLater\":true,");
        assertThat(EventJson.fromBytes(withExtra.getBytes(), RawArticle.class)).isEqualTo(rawNinjs());
    }

    @Test
    void idsAreDeterministicPerProviderItemAndPerContent() {
        assertThat(ArticleIds.forProviderItem("a", "g")).isEqualTo(ArticleIds.forProviderItem("a", "g"))
                .isNotEqualTo(ArticleIds.forProviderItem("b", "g"));
        assertThat(ArticleIds.forContent("a", "h")).isNotEqualTo(ArticleIds.forProviderItem("a", "h"));
        assertThat(ArticleIds.rawKey("src", null, "hash")).isEqualTo("hash");
        assertThat(ArticleIds.rawKey("src", "g1", "hash")).isEqualTo("src:g1");
    }
}
