package io.wirestream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.contract.Dateline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class PageExtractorTest {

    private final PageExtractor extractor = new PageExtractor();

    static byte[] bytes(String name) {
        try (InputStream in = PageExtractorTest.class.getResourceAsStream("/pages/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void newsPageGivesBodyWithoutFurnitureAndEveryStatedField() {
        ArticlePage page = extractor.extract(bytes("riverside-bridge-reopens.html"), null, "https://valleycourier.example/x?utm=1");

        assertThat(page.headline()).isEqualTo("Riverside bridge reopens after two-year repair");
        assertThat(page.authors()).containsExactly("Priya Nandakumar", "Tom Okafor");
        // JSON-LD wins over the OpenGraph time, and its offset is kept: the local day is June 1, not June 2 UTC
        assertThat(page.published()).isEqualTo("2025-06-01T23:45-04:00");
        assertThat(page.publishedWithOffset().toLocalDate()).hasToString("2025-06-01");
        assertThat(page.modified()).isEqualTo("2025-06-02T09:10-04:00");
        assertThat(page.siteName()).isEqualTo("The Valley Courier");
        assertThat(page.canonicalUrl()).isEqualTo("https://valleycourier.example/news/2025/06/riverside-bridge-reopens");
        assertThat(page.image()).isEqualTo("https://valleycourier.example/img/bridge-1200.jpg");
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.dateline()).isEqualTo(new Dateline("MILLBROOK", "June 1", "VCN"));

        assertThat(page.paragraphs()).containsExactly(
                "MILLBROOK, June 1 (VCN) -- The Riverside bridge carried traffic again on Monday morning, two years after cracks closed it.",
                "Engineers replaced both steel bearings and half of the deck, work the county had first estimated at nine months.",
                "Detours end",
                "The reopening ends a twelve-mile detour that added half an hour to commutes for thousands of drivers on the east bank.",
                "\"We are relieved, and we are watching the budget,\" said county commissioner Hal Brandt, who chaired the repair committee.");
        assertThat(page.bodyText()).doesNotContain("Share on", "Cars cross", "County approves", "About time", "Flood warning",
                "All rights reserved", "Priya");
    }

    @Test
    void pageWithoutStructuredDataFallsBackToMetaTagsVisibleDateAndDeclaredCharset() {
        ArticlePage page = extractor.extract(bytes("harbour-festival-no-jsonld.html"), null, "https://portside.example/festival");

        assertThat(page.headline()).isEqualTo("Harbour festival draws record crowd");
        assertThat(page.authors()).containsExactly("Inès Moreau"); // read as ISO-8859-1, as the page declares
        assertThat(page.published()).isEqualTo("2024-07-14"); // a bare date: no offset was stated, none is invented
        assertThat(page.publishedWithOffset()).isNull();
        assertThat(page.canonicalUrl()).isEqualTo("https://portside.example/festival");
        assertThat(page.paragraphs()).hasSize(3).first().asString().startsWith("More than forty thousand visitors");
        assertThat(page.bodyText()).doesNotContain("Home", "Published");
    }

    @Test
    void charsetHintFromTheTransportIsUsedAndTextDumpsAreRecognised() {
        String dump = "Storm cuts power\n\nHome | News | Sport\n\nA winter storm knocked out power to twenty thousand homes "
                + "along the coast overnight, the grid operator said.\n\nCrews expect to restore most lines by evening.\n";
        ArticlePage page = extractor.extract(dump.getBytes(StandardCharsets.UTF_16LE), "UTF-16LE", null);

        assertThat(page.headline()).isEqualTo("Storm cuts power");
        assertThat(page.paragraphs()).hasSize(2).first().asString().startsWith("A winter storm");
        assertThat(page.published()).isNull();
    }

    @Test
    void datesKeepTheStatedOffsetAndLocalTimesStayLocal() {
        assertThat(PageDates.parseMachine("2019-11-18T10:05:00-0500")).isEqualTo("2019-11-18T10:05-05:00");
        assertThat(PageDates.parseMachine("2019-11-18 22:15")).isEqualTo("2019-11-18T22:15");
        assertThat(PageDates.parseMachine("Mon, 18 Nov 2019 10:05:00 +0100")).isEqualTo("2019-11-18T10:05+01:00");
        assertThat(PageDates.parseMachine("Nov. 18, 2019")).isEqualTo("2019-11-18");
        assertThat(PageDates.withOffset("2019-11-18T23:30+05:30"))
                .isEqualTo(OffsetDateTime.parse("2019-11-18T23:30+05:30"));
        assertThat(PageDates.parseMachine("soon")).isNull();
    }
}
