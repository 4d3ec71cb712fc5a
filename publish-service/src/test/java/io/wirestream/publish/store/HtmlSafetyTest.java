package io.wirestream.publish.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.Ninjs;
import io.wirestream.publish.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlSafetyTest {

    private static final String HOSTILE = "<p onclick=\"steal()\">Ports <b>reopen</b><script>alert(1)</script></p>"
            + "<a href=\"javascript:alert(2)\">x</a><a href=\"https://example.org/a?b=1&amp;c=2\">ok</a>"
            + "<img src=\"x\" onerror=\"alert(3)\"><img src=\"https://example.org/p.jpg\" alt=\"p\">"
            + "<iframe src=\"https://evil.example\"></iframe><style>p{}</style><svg onload=alert(4)></svg>"
            + "<a href=\"JaVaScRiPt:alert(5)\">y</a><a href=\"data:text/html,<script>\">z</a>";

    @Test
    void keepsTheTextAndStructureAndDropsEverythingActive() {
        String clean = HtmlSafety.clean(HOSTILE);
        assertThat(clean).contains("<p>Ports <b>reopen</b></p>", ">ok</a>", "https://example.org/a?b=1&amp;c=2",
                "<img src=\"https://example.org/p.jpg\" alt=\"p\">");
        assertThat(clean.toLowerCase()).doesNotContain("script", "onclick", "onerror", "onload", "javascript:",
                "iframe", "<style", "<svg", "data:");
    }

    @Test
    void theStoredItemCarriesOnlySanitisedHtml() {
        String id = Fixtures.newId();
        var base = Fixtures.original(id, "x");
        var item = new Ninjs(Fixtures.uri(id), "text", "1", null, null, null, "usable", "en", null,
                List.of(new Ninjs.Headline("main", "h")),
                List.of(new Ninjs.Body("main", "text/plain", "<script>kept as text</script>"),
                        new Ninjs.Body("richtext", "text/html", HOSTILE)),
                null, null, List.of(), List.of(), List.of(), List.of(), List.of());
        var article = new EnrichedArticle(id, 1, item, null, base.provenance(), DedupeVerdict.original(id), null);
        StoredItem stored = StoredItem.of(article, false);
        assertThat(stored.ninjs().body("text/html")).isEqualTo(HtmlSafety.clean(HOSTILE)).doesNotContain("script");
        // Plain text is not HTML: it is escaped by every writer, never parsed.
        assertThat(stored.ninjs().body("text/plain")).isEqualTo("<script>kept as text</script>");
    }
}
