package io.wirestream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.contract.ProviderFields;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.WireFormat;
import io.wirestream.enrich.StageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnPagesExtractionTest {

    private final Extraction extraction = new Extraction();

    static String page(String name) {
        try (InputStream in = OwnPagesExtractionTest.class.getResourceAsStream("/pages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RawArticle raw(WireFormat format, String payload, ProviderFields provider) {
        return new RawArticle("id", "test", Instant.parse("2025-01-01T00:00:00Z"), format, "text/plain", payload, provider);
    }

    @Test
    void textDumpDropsMenusTeasersAndFooterButKeepsTheWholeStory() {
        Extracted e = extraction.extract(raw(WireFormat.TEXT, page("harbourtown-ferry-strike.txt"), null));

        assertThat(e.headline()).isEqualTo("Ferry crews walk out as pay talks collapse");
        List<String> body = e.paragraphs();
        assertThat(body.getFirst()).startsWith("HARBOURTOWN, March 14 (HH) -- Thousands of commuters");
        assertThat(body.getLast()).isEqualTo("The strike is due to last 48 hours. Both sides are expected to meet a mediator on Saturday.");
        assertThat(body).hasSize(8);
        assertThat(String.join("\n", body)).contains("Union organiser Tomas Reyes")
                .doesNotContain("Most Read", "Council approves", "Storm warning", "Related stories", ">>",
                        "Editor:", "All rights reserved", "Share |", "By Maren", "Privacy");
    }

    @Test
    void htmlPageTakesArticleHeadlineAndSkipsNavAsidesInlineTeasersAndFooter() {
        Extracted e = extraction.extract(raw(WireFormat.HTML, page("lakeside-library-fire.html"), null));

        assertThat(e.headline()).isEqualTo("Fire destroys historic Lakeside library");
        List<String> body = e.paragraphs();
        assertThat(body.getFirst()).startsWith("LAKESIDE (VCN) — A fire tore through");
        assertThat(body).contains("Irreplaceable records")
                .last().asString().startsWith("Mayor Lucinda Ford said");
        assertThat(body).hasSize(7);
        assertThat(String.join("\n", body)).contains("“By the time we arrived")
                .doesNotContain("Related:", "Most Read", "Road closures", "Sign up", "All rights reserved",
                        "Dana Whitfield", "Sport", "Facebook");
    }

    @Test
    void htmlPageWithoutH1FallsBackToTitleWithoutSiteNameAndSkipsLinkTeasers() {
        Extracted e = extraction.extract(raw(WireFormat.HTML, page("market-teaser-layout.html"), null));

        assertThat(e.headline()).isEqualTo("Grain prices climb after dry spring");
        assertThat(e.paragraphs()).hasSize(4);
        assertThat(e.paragraphs().getFirst()).startsWith("WINNIPEG, May 5 (PBW) - Wheat and canola futures");
        assertThat(String.join("\n", e.paragraphs())).doesNotContain("Oil slips", "More from", "Terms", "MARKETS");
    }

    @Test
    void bareTextStoryUsesItsFirstLineAsHeadline() {
        String story = "Council backs new harbour wall\n\nThe city council voted on Tuesday to fund a new harbour wall, "
                + "ending years of debate.\n\nWork is due to start next spring and take two years.\n";
        Extracted e = extraction.extract(raw(WireFormat.TEXT, story, null));

        assertThat(e.headline()).isEqualTo("Council backs new harbour wall");
        assertThat(e.paragraphs()).hasSize(2);
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        String story = "Storm cuts power to coastal towns\n\n"
                + "A winter storm knocked out power to more than twenty thousand homes\n"
                + "along the coast overnight, the grid operator said on Monday.\n\n"
                + "Crews expected to restore most connections by the evening, although\n"
                + "some rural lines could stay down until Wednesday.\n";
        Extracted e = extraction.extract(raw(WireFormat.TEXT, story, null));

        assertThat(e.paragraphs()).containsExactly(
                "A winter storm knocked out power to more than twenty thousand homes along the coast overnight, "
                        + "the grid operator said on Monday.",
                "Crews expected to restore most connections by the evening, although some rural lines could stay "
                        + "down until Wednesday.");
    }

    @Test
    void ninjsHtmlBodyIsStrippedAndSplitIntoParagraphs() {
        ProviderFields provider = new ProviderFields("g1", 1, " Rates held  steady ",
                "<p>The central bank kept rates <b>unchanged</b>.</p>\n<p>Markets had expected &amp; priced the move.</p>",
                "text/html", null, null, "en", null, null, null, List.of());
        Extracted e = extraction.extract(raw(WireFormat.NINJS, "{}", provider));

        assertThat(e.headline()).isEqualTo("Rates held steady");
        assertThat(e.paragraphs()).containsExactly("The central bank kept rates unchanged.",
                "Markets had expected & priced the move.");
    }

    @Test
    void ninjsPlainBodySplitsOnBlankLines() {
        ProviderFields provider = new ProviderFields("g1", 1, "Headline here", "First para.\r\n\r\nSecond\u00A0para.",
                "text/plain", null, null, null, null, null, null, List.of());
        assertThat(extraction.extract(raw(WireFormat.NINJS, "{}", provider)).paragraphs())
                .containsExactly("First para.", "Second para.");
    }

    @Test
    void pageWithoutProseIsAnExtractionError() {
        assertThatThrownBy(() -> extraction.extract(raw(WireFormat.TEXT, "Home | News | Sport\nContact us", null)))
                .isInstanceOf(StageException.class)
                .satisfies(ex -> assertThat(((StageException) ex).stage()).isEqualTo(Extraction.STAGE));
    }
}
