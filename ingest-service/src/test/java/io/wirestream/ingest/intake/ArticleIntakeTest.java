package io.wirestream.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.contract.ArticleIds;
import io.wirestream.contract.ProviderFields;
import io.wirestream.contract.WireFormat;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ArticleIntakeTest {

    private static final Instant NOW = Instant.parse("2024-03-14T11:00:00Z");
    private final ArticleIntake intake = new ArticleIntake();

    @Test
    void plainTextDefaultsToUtf8AndIsIdentifiedByContent() {
        String text = "TROMSØ, March 14 (Nordwire) -- Cod quota cut.";
        PreparedArticle prepared = intake.prepare("nordwire", MediaType.TEXT_PLAIN,
                text.getBytes(StandardCharsets.UTF_8), NOW);

        assertThat(prepared.article().payload()).isEqualTo(text);
        assertThat(prepared.article().format()).isEqualTo(WireFormat.TEXT);
        assertThat(prepared.article().contentType()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(prepared.article().provider()).isEqualTo(ProviderFields.NONE);
        assertThat(prepared.article().id()).isEqualTo(ArticleIds.forContent("nordwire", ArticleIds.sha256(text)));
        assertThat(prepared.key()).isEqualTo(ArticleIds.sha256(text));
        assertThat(prepared.article().receivedAt()).isEqualTo(NOW);
    }

    @Test
    void declaredCharsetIsHonoured() {
        byte[] latin1 = "Næss in Tromsø".getBytes(StandardCharsets.ISO_8859_1);
        PreparedArticle prepared = intake.prepare("s", MediaType.parseMediaType("text/html; charset=\"iso-8859-1\""),
                latin1, NOW);
        assertThat(prepared.article().payload()).isEqualTo("Næss in Tromsø");
        assertThat(prepared.article().format()).isEqualTo(WireFormat.HTML);
        assertThat(prepared.article().contentType()).isEqualTo("text/html;charset=ISO-8859-1");
    }

    @Test
    void windows1252AndUtf16AreDecoded() {
        assertThat(intake.prepare("s", MediaType.parseMediaType("text/plain;charset=windows-1252"),
                "“Quoted” – dash €".getBytes(java.nio.charset.Charset.forName("windows-1252")), NOW).article().payload())
                .isEqualTo("“Quoted” – dash €");
        assertThat(intake.prepare("s", MediaType.parseMediaType("text/plain;charset=UTF-16"),
                "Ωmega".getBytes(StandardCharsets.UTF_16), NOW).article().payload())
                .isEqualTo("Ωmega");
    }

    @Test
    void invalidUtf8NamesTheByteOffset() {
        byte[] body = {'A', 'B', 'C', (byte) 0xC3, 'x', 'D'};
        assertThatThrownBy(() -> intake.prepare("s", MediaType.TEXT_PLAIN, body, NOW))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.INVALID_ENCODING);
                    assertThat(e.getBody().getDetail()).contains("byte offset 3").contains("0xC3").contains("UTF-8");
                    assertThat(e.getBody().getProperties()).containsEntry("byteOffset", 3);
                });
    }

    @Test
    void truncatedSequenceAtTheEndIsInvalidToo() {
        byte[] body = {'o', 'k', (byte) 0xE2, (byte) 0x82};
        assertThatThrownBy(() -> intake.prepare("s", MediaType.TEXT_PLAIN, body, NOW))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.getBody().getDetail()).contains("byte offset 2"));
    }

    @Test
    void usAsciiRefusesEightBitBytes() {
        byte[] body = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> intake.prepare("s", MediaType.parseMediaType("text/plain;charset=US-ASCII"), body, NOW))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.getBody().getDetail()).contains("byte offset 3").contains("US-ASCII"));
    }

    @Test
    void byteOrderMarkIsDropped() {
        byte[] body = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
        assertThat(intake.prepare("s", MediaType.TEXT_PLAIN, body, NOW).article().payload()).isEqualTo("Hi");
    }

    @Test
    void largeMultiByteBodyDecodesCompletely() {
        String text = "Ø€😀".repeat(50_000);
        assertThat(intake.prepare("s", MediaType.TEXT_PLAIN, text.getBytes(StandardCharsets.UTF_8), NOW)
                .article().payload()).isEqualTo(text);
    }

    @Test
    void blankBodyIsRefused() {
        assertThatThrownBy(() -> intake.prepare("s", MediaType.TEXT_PLAIN, " \n\t ".getBytes(StandardCharsets.UTF_8), NOW))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED));
        assertThatThrownBy(() -> intake.prepare("s", MediaType.APPLICATION_JSON, new byte[0], NOW))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED));
    }

    @Test
    void ninjsWithUriIsIdentifiedByProviderGuid() throws Exception {
        String json = NinjsReaderTest.sample();
        PreparedArticle prepared = intake.prepare("nordwire", MediaType.APPLICATION_JSON,
                json.getBytes(StandardCharsets.UTF_8), NOW);

        String guid = "urn:nordwire:2024:0314:fish-cod-quota";
        assertThat(prepared.article().format()).isEqualTo(WireFormat.NINJS);
        assertThat(prepared.article().payload()).isEqualTo(json);
        assertThat(prepared.article().provider().guid()).isEqualTo(guid);
        assertThat(prepared.article().id()).isEqualTo(ArticleIds.forProviderItem("nordwire", guid));
        assertThat(prepared.key()).isEqualTo("nordwire:" + guid);
    }

    @Test
    void ninjsWithoutUriIsIdentifiedByContent() {
        String json = "{\"headlines\":[{\"value\":\"No id\"}]}";
        PreparedArticle prepared = intake.prepare("s", MediaType.APPLICATION_JSON,
                json.getBytes(StandardCharsets.UTF_8), NOW);
        assertThat(prepared.article().id()).isEqualTo(ArticleIds.forContent("s", ArticleIds.sha256(json)));
        assertThat(prepared.key()).isEqualTo(ArticleIds.sha256(json));
    }

    @Test
    void onlyJsonPlainTextAndHtmlAreFormats() {
        assertThat(ArticleIntake.formatOf(MediaType.parseMediaType("application/json;charset=utf-8"))).contains(WireFormat.NINJS);
        assertThat(ArticleIntake.formatOf(MediaType.APPLICATION_XML)).isEmpty();
        assertThat(ArticleIntake.formatOf(MediaType.parseMediaType("text/*"))).isEmpty();
        assertThatThrownBy(() -> intake.prepare("s", MediaType.APPLICATION_XML, "<a/>".getBytes(StandardCharsets.UTF_8), NOW))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_MEDIA_TYPE));
    }
}
