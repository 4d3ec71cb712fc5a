package io.wirestream.enrich.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.contract.Annotations;
import io.wirestream.contract.Dateline;
import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.Ninjs;
import io.wirestream.contract.PageMetadata;
import io.wirestream.contract.ProviderFields;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.WireFormat;
import io.wirestream.enrich.dedupe.BodyNormaliser;
import io.wirestream.enrich.tag.Tags;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleBuilderTest {

    private final ArticleBuilder builder = new ArticleBuilder();

    @Test
    void buildsNinjsItemFromProviderFieldsAndFindings() {
        ProviderFields provider = new ProviderFields("guid-7", 2, "h", "b", "text/plain", "By Ann Lee", "Oslo", "en",
                "withheld", Instant.parse("2025-03-01T10:00:00Z"), Instant.parse("2025-02-28T09:00:00Z"),
                List.of("medtop:11000000", "20000638", "abc:1"));
        RawArticle raw = new RawArticle("id-1", "src", Instant.parse("2025-03-01T10:05:00Z"), WireFormat.NINJS,
                "application/json", "{}", provider);

        ArticleBuilder.Built built = builder.build(raw, new ArticleBuilder.Findings("Head <line>",
                List.of("First & one.", "Second \"two\"."), new Dateline("NEW YORK", "Jan. 1", "AP"), "en"));

        Ninjs item = built.item();
        assertThat(built.version()).isEqualTo(2);
        assertThat(item.uri()).isEqualTo("urn:wirestream:article:id-1");
        assertThat(item.version()).isEqualTo("2");
        assertThat(item.versionCreated()).isEqualTo(OffsetDateTime.parse("2025-03-01T10:00:00Z"));
        assertThat(item.firstCreated()).isEqualTo(OffsetDateTime.parse("2025-02-28T09:00:00Z"));
        assertThat(item.pubStatus()).isEqualTo("withheld");
        assertThat(item.located()).isEqualTo("New York");
        assertThat(item.by()).isEqualTo("By Ann Lee");
        assertThat(item.body("text/plain")).isEqualTo("First & one.\n\nSecond \"two\".");
        assertThat(item.body("text/html")).isEqualTo("<p>First &amp; one.</p>\n<p>Second &quot;two&quot;.</p>");
        assertThat(item.altIds()).containsExactly(new Ninjs.AltId("provider-guid", "guid-7"));
        assertThat(item.subjects()).extracting(Ninjs.Subject::literal).containsExactly("medtop:11000000", "medtop:20000638", "abc:1");
        assertThat(item.subjects().getFirst().uri()).isEqualTo("http://cv.iptc.org/newscodes/mediatopic/11000000");
        assertThat(built.provenance().bodyHash()).isEqualTo(BodyNormaliser.hash("First & one.\n\nSecond \"two\"."));
    }

    @Test
    void bareArticleGetsDefaults() {
        RawArticle raw = new RawArticle("id-2", "src", Instant.parse("2025-03-01T10:05:00Z"), WireFormat.TEXT,
                "text/plain", "x", null);
        ArticleBuilder.Built built = builder.build(raw, new ArticleBuilder.Findings("H", List.of("P."), null, null));
        Ninjs item = built.item();
        assertThat(built.page()).isNull();
        assertThat(item.version()).isEqualTo("1");
        assertThat(item.pubStatus()).isEqualTo("usable");
        assertThat(item.versionCreated()).isEqualTo(OffsetDateTime.parse("2025-03-01T10:05:00Z"));
        assertThat(item.firstCreated()).isEqualTo(item.versionCreated());
        assertThat(item.located()).isNull();
        assertThat(item.altIds()).isEmpty();
    }

    @Test
    void webPageMetadataFillsByFirstCreatedContentCreatedAndLanguageKeepingTheOffset() {
        RawArticle raw = new RawArticle("id-3", "src", Instant.parse("2025-06-03T08:00:00Z"), WireFormat.HTML,
                "text/html", "<html></html>", null);
        io.wirestream.enrich.extract.ArticlePage page = new io.wirestream.enrich.extract.ArticlePage("H", List.of("P."),
                List.of("Priya Nandakumar", "Tom Okafor", "Ann Lee"), "2025-06-01T23:45-04:00", "2025-06-02T09:10+02:00",
                "Courier", "https://x.example/a", "https://x.example/a.jpg", "en", null);

        ArticleBuilder.Built built = builder.build(raw, new ArticleBuilder.Findings("H", List.of("P."),
                new Dateline("MILLBROOK", "June 1", "VCN"), null, page));
        Ninjs item = built.item();
        assertThat(built.page()).isEqualTo(new PageMetadata("Courier", "https://x.example/a", "https://x.example/a.jpg",
                List.of("Priya Nandakumar", "Tom Okafor", "Ann Lee"), OffsetDateTime.parse("2025-06-02T09:10+02:00")));
        assertThat(built.withVerdict(DedupeVerdict.original("id-3"), Instant.EPOCH).page()).isEqualTo(built.page());

        assertThat(item.by()).isEqualTo("Priya Nandakumar, Tom Okafor and Ann Lee");
        assertThat(item.firstCreated()).isEqualTo(OffsetDateTime.parse("2025-06-01T23:45-04:00"));
        assertThat(item.firstCreated().getOffset().getId()).isEqualTo("-04:00");
        assertThat(item.contentCreated()).isEqualTo(item.firstCreated());
        assertThat(item.language()).isEqualTo("en");
        assertThat(item.located()).isEqualTo("Millbrook");
    }

    @Test
    void providerStatementsWinOverThePage() {
        ProviderFields provider = new ProviderFields("g", 1, "h", "b", "text/plain", "By Wire Desk", null, null, null,
                null, Instant.parse("2025-01-01T00:00:00Z"), List.of());
        RawArticle raw = new RawArticle("id-4", "src", Instant.parse("2025-06-03T08:00:00Z"), WireFormat.HTML,
                "text/html", "<html></html>", provider);
        io.wirestream.enrich.extract.ArticlePage page = new io.wirestream.enrich.extract.ArticlePage("H", List.of("P."),
                List.of("Someone Else"), "2025-06-01T23:45-04:00", null, null, null, null, "fr", null);

        Ninjs item = builder.build(raw, new ArticleBuilder.Findings("H", List.of("P."), null, "en", page)).item();

        assertThat(item.by()).isEqualTo("By Wire Desk");
        assertThat(item.firstCreated()).isEqualTo(OffsetDateTime.parse("2025-01-01T00:00:00Z"));
        assertThat(item.language()).isEqualTo("en");
    }

    @Test
    void taggedEntitiesTravelAsAnnotationsJoinedToTheNinjsEntitiesById() {
        RawArticle raw = new RawArticle("id-9", "src", Instant.parse("2025-03-01T10:05:00Z"), WireFormat.TEXT,
                "text/plain", "x", null);
        Tags tags = new Tags("en",
                List.of(new Tags.Entity("wirestream:person:sergei-lavrov", "Sergei Lavrov",
                        List.of("Sergei Lavrov", "Lavrov"), 1.0, List.of("Foreign Minister"), "RU")),
                List.of(new Tags.Entity("wirestream:place:phnom-penh", "Phnom Penh", List.of("Phnom Penh"), 0.4,
                        List.of(), "KH")),
                List.of(new Tags.Entity("wirestream:organisation:nato", "NATO", List.of("NATO"), 0.7, List.of(), null)),
                List.of(), List.of("missile defense", "arms control"));

        ArticleBuilder.Built built = builder.build(raw,
                new ArticleBuilder.Findings("H", List.of("P."), null, "en", null, tags));

        Annotations annotations = built.annotations();
        assertThat(annotations.keywords()).containsExactly("missile defense", "arms control");
        Annotations.TaggedEntity lavrov = annotations.ofType(Annotations.EntityType.PERSON).getFirst();
        assertThat(lavrov.name()).isEqualTo("Sergei Lavrov");
        assertThat(lavrov.surfaceForms()).containsExactly("Sergei Lavrov", "Lavrov");
        assertThat(lavrov.roles()).containsExactly("Foreign Minister");
        assertThat(lavrov.countryCode()).isEqualTo("RU");
        assertThat(lavrov.relevance()).isEqualTo(1.0);
        assertThat(annotations.ofType(Annotations.EntityType.PLACE)).singleElement()
                .satisfies(p -> assertThat(p.countryCode()).isEqualTo("KH"));
        assertThat(annotations.ofType(Annotations.EntityType.ORGANISATION)).extracting(Annotations.TaggedEntity::name)
                .containsExactly("NATO");
        // every annotation id is the literal of a ninjs entity
        List<String> literals = new java.util.ArrayList<>();
        for (List<Ninjs.Entity> kind : List.of(built.item().people(), built.item().places(), built.item().organisations())) {
            kind.forEach(e -> literals.add(e.literal()));
        }
        assertThat(annotations.entities()).extracting(Annotations.TaggedEntity::id).containsExactlyElementsOf(literals);
    }

    @Test
    void untaggedArticleHasNoAnnotations() {
        RawArticle raw = new RawArticle("id-10", "src", Instant.parse("2025-03-01T10:05:00Z"), WireFormat.TEXT,
                "text/plain", "x", null);
        assertThat(builder.build(raw, new ArticleBuilder.Findings("H", List.of("P."), null, null)).annotations()).isNull();
        Tags empty = new Tags("en", List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(builder.build(raw, new ArticleBuilder.Findings("H", List.of("P."), null, "en", null, empty))
                .annotations()).isNull();
    }
}
