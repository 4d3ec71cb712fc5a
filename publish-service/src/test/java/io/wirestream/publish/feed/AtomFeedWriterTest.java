package io.wirestream.publish.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomFeedWriterTest {

    private static final OffsetDateTime UPDATED = OffsetDateTime.parse("2012-11-23T19:09:24+08:00");

    @Test
    void dropsCharactersXmlForbidsAndKeepsEverythingElse() {
        String nasty = "a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\tline\nnext\r\u00e9\u4e2d\uD83D\uDE00"
                + "\uD800lone\uDC00\uFFFE\uFFFFend";
        assertThat(AtomFeedWriter.xmlSafe(nasty))
                .isEqualTo("abcdefg\tline\nnext\r\u00e9\u4e2d\uD83D\uDE00loneend");
        assertThat(AtomFeedWriter.xmlSafe("plain")).isEqualTo("plain");
        assertThat(AtomFeedWriter.xmlSafe(null)).isEmpty();
    }

    @Test
    void writesWellFormedAtomForHostileText() throws Exception {
        var entry = new AtomFeed.AtomEntry("urn:wirestream:article:1", "Tom & Jerry <say> \"hi\" ]]> \u0007bell",
                UPDATED, UPDATED.minusHours(1), "Jane \u0002Roe & Co",
                "<p>Ports &amp; harbours</p><script>x</script>]]>\u0000", null, "http://localhost/v1/articles/1?a=1&b=2");
        Document doc = parse(write(feed(List.of(entry))));
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(AtomFeedWriter.ATOM_NS);
        assertThat(root.getLocalName()).isEqualTo("feed");
        Element parsed = (Element) root.getElementsByTagNameNS(AtomFeedWriter.ATOM_NS, "entry").item(0);
        assertThat(child(parsed, "title").getTextContent()).isEqualTo("Tom & Jerry <say> \"hi\" ]]> bell");
        assertThat(child(parsed, "content").getAttribute("type")).isEqualTo("html");
        assertThat(child(parsed, "content").getTextContent())
                .isEqualTo("<p>Ports &amp; harbours</p><script>x</script>]]>");
        assertThat(child(child(parsed, "author"), "name").getTextContent()).isEqualTo("Jane Roe & Co");
        assertThat(child(parsed, "link").getAttribute("href")).isEqualTo("http://localhost/v1/articles/1?a=1&b=2");
    }

    @Test
    void writesTheFeedAndEntryElementsAtomRequires() throws Exception {
        var withText = new AtomFeed.AtomEntry("urn:wirestream:article:2", "Plain", UPDATED, null, null, null,
                "just text", "http://localhost/v1/articles/2");
        String xml = write(feed(List.of(withText)));
        Element root = parse(xml).getDocumentElement();
        assertThat(child(root, "id").getTextContent()).isEqualTo("urn:wirestream:feed:latest");
        assertThat(child(root, "updated").getTextContent()).isEqualTo("2012-11-23T19:09:24+08:00");
        assertThat(child(child(root, "author"), "name").getTextContent()).isEqualTo("Wirestream");
        assertThat(child(root, "generator").getTextContent()).isEqualTo("gen");
        assertThat(xml).contains("rel=\"self\"").contains("href=\"http://localhost/feeds/latest.atom\"");
        Element entry = child(root, "entry");
        assertThat(child(entry, "updated").getTextContent()).isEqualTo("2012-11-23T19:09:24+08:00");
        assertThat(entry.getElementsByTagNameNS(AtomFeedWriter.ATOM_NS, "published").getLength()).isZero();
        assertThat(entry.getElementsByTagNameNS(AtomFeedWriter.ATOM_NS, "author").getLength()).isZero();
        assertThat(child(entry, "content").getAttribute("type")).isEqualTo("text");
        assertThat(child(entry, "content").getTextContent()).isEqualTo("just text");
    }

    @Test
    void datesAlwaysCarrySecondsAndTheStatedOffset() {
        assertThat(AtomFeedWriter.date(OffsetDateTime.parse("2026-01-02T03:04Z"))).isEqualTo("2026-01-02T03:04:00Z");
        assertThat(AtomFeedWriter.date(OffsetDateTime.parse("2026-01-02T03:04:05.5-05:00")))
                .isEqualTo("2026-01-02T03:04:05.5-05:00");
    }

    private static AtomFeed feed(List<AtomFeed.AtomEntry> entries) {
        return new AtomFeed("urn:wirestream:feed:latest", "Latest", "http://localhost/feeds/latest.atom",
                "http://localhost/v1/articles", UPDATED, "Wirestream", "gen", entries, null);
    }

    private static String write(AtomFeed feed) throws Exception {
        var out = new ByteArrayOutputStream();
        AtomFeedWriter.write(feed, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element child(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS(AtomFeedWriter.ATOM_NS, name).item(0);
    }
}
