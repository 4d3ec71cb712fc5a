package io.wirestream.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile XML: nothing is read from disk or network, and nothing expands. */
class SafeXmlTest {

    @Test
    void externalEntityOnDiskIsRefusedAndNotRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
                + "<nitf><body><body.content><p>&s;</p></body.content></body></nitf>";
        assertThatThrownBy(() -> SafeXml.parse(xxe))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.XML_FORBIDDEN);
                    assertThat(e.getBody().getDetail()).doesNotContain("TOP-SECRET");
                });
    }

    @Test
    void externalEntityOverTheNetworkOpensNoSocket() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            server.setSoTimeout(300);
            String url = "http://127.0.0.1:" + server.getLocalPort();
            for (String hostile : new String[] {
                    "<!DOCTYPE nitf [<!ENTITY e SYSTEM \"" + url + "/e\">]><nitf>&e;</nitf>",
                    "<!DOCTYPE nitf [<!ENTITY % p SYSTEM \"" + url + "/p.dtd\"> %p;]><nitf/>"}) {
                assertThatThrownBy(() -> SafeXml.parse(hostile))
                        .isInstanceOfSatisfying(IngestException.class,
                                e -> assertThat(e.problem()).isEqualTo(Problem.XML_FORBIDDEN));
            }
            // A DOCTYPE that only names an external DTD is fine and is not fetched either.
            assertThat(SafeXml.parse("<!DOCTYPE nitf SYSTEM \"" + url + "/nitf.dtd\"><nitf><head/></nitf>")
                    .getDocumentElement().getNodeName()).isEqualTo("nitf");
            assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doc.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        doc.append("]><nitf>&lol9;</nitf>");
        long start = System.nanoTime();
        assertThatThrownBy(() -> SafeXml.parse(doc.toString()))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.problem()).isEqualTo(Problem.XML_FORBIDDEN));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
    }

    @Test
    void undeclaredEntityIsMalformedNotForbidden() {
        assertThatThrownBy(() -> SafeXml.parse("<nitf><p>a&nbsp;b</p></nitf>"))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.MALFORMED);
                    assertThat(e.getBody().getDetail()).contains("nbsp");
                });
    }

    @Test
    void deeplyNestedElementsAreRefused() {
        String deep = "<nitf>" + "<x>".repeat(5_000) + "</x>".repeat(5_000) + "</nitf>";
        assertThatThrownBy(() -> SafeXml.parse(deep)).isInstanceOfSatisfying(IngestException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.XML_FORBIDDEN));
    }
}
