package io.wirestream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.testsupport.SharedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores title, author and publish-date extraction against our own labels of 60 benchmark pages
 * ({@code extraction/metadata-labels.jsonl}, labelled by reading each page; conventions in
 * docs/extraction.md). Skips when ../shared (the pages) is absent; fails below the level reached.
 */
class MetadataExtractionTest {

    /** Measured 2026-11-28 (see docs/extraction.md); floors sit at the reached level. */
    static final double TITLE_FLOOR = 0.96;
    static final double AUTHORS_FLOOR = 0.90;
    static final double DATE_FLOOR = 0.89;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Label(String id, String title, Set<String> authors, String published) {
    }

    @Test
    void titleAuthorsAndDateMatchTheHandLabels() throws IOException {
        Path html = SharedFiles.require("benchmarks/extraction-zyte").resolve("html");
        List<Label> labels = labels();
        PageExtractor extractor = new PageExtractor();
        int titles = 0;
        int authors = 0;
        int dates = 0;
        List<String> misses = new ArrayList<>();
        for (Label label : labels) {
            ArticlePage page;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(html.resolve(label.id() + ".html.gz")))) {
                page = extractor.extract(in.readAllBytes(), null, null);
            }
            String shortId = label.id().substring(0, 8);
            if (comparable(label.title()).equals(comparable(page.headline()))) {
                titles++;
            } else {
                misses.add(shortId + " title  want [" + label.title() + "] got [" + page.headline() + "]");
            }
            Set<String> got = page.authors().stream().map(MetadataExtractionTest::comparableName).collect(Collectors.toSet());
            if (label.authors().equals(got)) {
                authors++;
            } else {
                misses.add(shortId + " authors want " + label.authors() + " got " + got);
            }
            if (label.published() == null || label.published().equals(localDay(page.published()))) {
                dates++;
            } else {
                misses.add(shortId + " date   want " + label.published() + " got " + page.published());
            }
        }
        double n = labels.size();
        System.out.printf(Locale.ROOT, "metadata on %d labelled pages: title %.3f authors %.3f date %.3f%n",
                labels.size(), titles / n, authors / n, dates / n);
        misses.forEach(m -> System.out.println("  miss " + m));

        assertThat(labels).hasSizeGreaterThanOrEqualTo(60);
        assertThat(titles / n).as("exact title share").isGreaterThanOrEqualTo(TITLE_FLOOR);
        assertThat(authors / n).as("exact author-set share").isGreaterThanOrEqualTo(AUTHORS_FLOOR);
        assertThat(dates / n).as("same-day publish date share").isGreaterThanOrEqualTo(DATE_FLOOR);
    }

    @Test
    void comparisonIgnoresOnlyTypographyAndCase() {
        assertThat(comparable("South Dakota’s  “Meth” – campaign")).isEqualTo(comparable("South Dakota's \"Meth\" - campaign"));
        assertThat(comparable("Meth campaign")).isNotEqualTo(comparable("Meth campaign | Site"));
        assertThat(localDay("2019-11-18T20:19:34-05:00")).isEqualTo("2019-11-18");
        assertThat(localDay(null)).isNull();
    }

    @Test
    void utcTimeShownWithAZoneKeepsTheShownDay() {
        var doc = org.jsoup.Jsoup.parse("<p class=\"timestamp\">Updated 10:01 pm PST, Tuesday, November 19, 2019</p>");
        assertThat(HtmlMetadata.inShownZone(doc, "2019-11-20T06:01:19Z")).isEqualTo("2019-11-19T22:01:19-08:00");
        var plain = org.jsoup.Jsoup.parse("<p class=\"timestamp\">November 19, 2019</p>");
        assertThat(HtmlMetadata.inShownZone(plain, "2019-11-20T06:01:19Z")).isEqualTo("2019-11-20T06:01:19Z");
        assertThat(HtmlMetadata.inShownZone(doc, "2019-11-19T22:01:19-05:00")).isEqualTo("2019-11-19T22:01:19-05:00");
    }

    @Test
    void theVisibleBylineAddsCoAuthorsTheMetadataLeftOutButNeverReplacesThem() {
        var page = org.jsoup.Jsoup.parse("""
                <html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ana Silva"}}</script></head>
                <body><p class="byline">By Ana Silva, Tom Berg 2021-03-04T10:00Z Science</p>
                <aside><span class="author">Rita Moss and Ana Silva and Lee Park</span></aside></body></html>""");
        assertThat(HtmlMetadata.authors(page, JsonLd.of(page), HtmlMetadata.metas(page), null)).containsExactly("Ana Silva", "Tom Berg");
        var claimReview = org.jsoup.Jsoup.parse("<div class=\"statement-author\">The Russian and Syrian defense ministries</div>");
        assertThat(HtmlMetadata.authors(claimReview, JsonLd.of(claimReview), HtmlMetadata.metas(claimReview), null)).isEmpty();
    }

    @Test
    void aShownLocalClockGivesTheOffsetOfAUtcOrOffsetlessMachineDate() {
        var noZone = org.jsoup.Jsoup.parse("<div class=\"article-meta\">PUBLISHED: March 3, 2021 at 8:59 pm | UPDATED: March 4, 2021</div>");
        assertThat(HtmlMetadata.inShownZone(noZone, "2021-03-04T02:59:46Z")).isEqualTo("2021-03-03T20:59:46-06:00");
        var easternTime = org.jsoup.Jsoup.parse("<span class=\"byline-date\">Jul 4, 2021 at 9:24 pm ET</span>");
        // ET is daylight time in July: -04:00, worked out from the zone rules, not a fixed table
        assertThat(HtmlMetadata.inShownZone(easternTime, "2021-07-05T01:24")).isEqualTo("2021-07-04T21:24-04:00");
        // another minute is another instant: no evidence, the date stays as stated
        assertThat(HtmlMetadata.inShownZone(noZone, "2021-03-04T02:58:00Z")).isEqualTo("2021-03-04T02:58:00Z");
        // a time without offset and a shown zone but no matching clock may already be local: unchanged
        var otherTime = org.jsoup.Jsoup.parse("<span class=\"date\">Updated 11:00 am ET</span>");
        assertThat(HtmlMetadata.inShownZone(otherTime, "2021-07-05T01:24")).isEqualTo("2021-07-05T01:24");
    }

    private static List<Label> labels() throws IOException {
        List<Label> labels = new ArrayList<>();
        try (InputStream in = MetadataExtractionTest.class.getResourceAsStream("/extraction/metadata-labels.jsonl")) {
            assertThat(in).as("metadata-labels.jsonl on the test classpath").isNotNull();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                Set<String> names = new java.util.HashSet<>();
                node.path("authors").forEach(a -> names.add(comparableName(a.asString())));
                labels.add(new Label(node.path("id").asString(), node.path("title").asString(), names,
                        node.path("published").isNull() ? null : node.path("published").asString(null)));
            }
        }
        return labels;
    }

    /** Exact text up to Unicode form, whitespace, typographic quotes and dashes. */
    static String comparable(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[‘’‚‛′]", "'").replaceAll("[“”„‟″]", "\"").replaceAll("[‐‑‒–—―]", "-");
        return Texts.clean(s);
    }

    private static String comparableName(String name) {
        return comparable(name).toLowerCase(Locale.ROOT);
    }

    /** The calendar day of an ISO date or date-time as the page wrote it: its own offset, no conversion. */
    static String localDay(String published) {
        return published != null && published.matches("\\d{4}-\\d{2}-\\d{2}.*") ? published.substring(0, 10) : null;
    }
}
