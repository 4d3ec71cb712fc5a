package io.wirestream.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.contract.ArticleIds;
import io.wirestream.contract.ProviderFields;
import io.wirestream.contract.WireFormat;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.TestProperties;
import io.wirestream.ingest.format.ParserRegistry;
import io.wirestream.ingest.format.ninjs.NinjsParserTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ArticleIntakeTest {

    private static final Instant NOW = Instant.parse("2024-03-14T11:00:00Z");
    private final ArticleIntake intake = new ArticleIntake(new ParserRegistry(), TestProperties.defaults());

    @Test
    void plainTextDefaultsToUtf8AndIsIdentifiedByContent() {
        String text = "TROMSØ, March 14 (Nordwire) -- Cod quota cut.";
        PreparedArticle prepared = one("nordwire", MediaType.TEXT_PLAIN,
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
        PreparedArticle prepared = one("s", MediaType.parseMediaType("text/html; charset=\"iso-8859-1\""),
                latin1, NOW);
        assertThat(prepared.article().payload()).isEqualTo("Næss in Tromsø");
        assertThat(prepared.article().format()).isEqualTo(WireFormat.HTML);
        assertThat(prepared.article().contentType()).isEqualTo("text/html;charset=ISO-8859-1");
    }

    @Test
    void windows1252AndUtf16AreDecoded() {
        assertThat(one("s", MediaType.parseMediaType("text/plain;charset=windows-1252"),
                "“Quoted” – dash €".getBytes(java.nio.charset.Charset.forName("windows-1252")), NOW).article().payload())
                .isEqualTo("“Quoted” – dash €");
        assertThat(one("s", MediaType.parseMediaType("text/plain;charset=UTF-16"),
                "Ωmega".getBytes(StandardCharsets.UTF_16), NOW).article().payload())
                .isEqualTo("Ωmega");
    }

    @Test
    void invalidUtf8NamesTheByteOffset() {
        byte[] body = {'A', 'B', 'C', (byte) 0xC3, 'x', 'D'};
        assertThatThrownBy(() -> one("s", MediaType.parseMediaType("text/plain;charset=UTF-8"), body, NOW))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.INVALID_ENCODING);
                    assertThat(e.getBody().getDetail()).contains("byte offset 3").contains("0xC3").contains("UTF-8");
                    assertThat(e.getBody().getProperties()).containsEntry("byteOffset", 3);
                });
    }

    @Test
    void truncatedSequenceAtTheEndIsInvalidToo() {
        byte[] body = {'o', 'k', (byte) 0xE2, (byte) 0x82};
        assertThatThrownBy(() -> one("s", MediaType.parseMediaType("text/plain;charset=utf-8"), body, NOW))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.getBody().getDetail()).contains("byte offset 2"));
    }

    @Test
    void usAsciiRefusesEightBitBytes() {
        byte[] body = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> one("s", MediaType.parseMediaType("text/plain;charset=US-ASCII"), body, NOW))
                .isInstanceOfSatisfying(IngestException.class,
                        e -> assertThat(e.getBody().getDetail()).contains("byte offset 3").contains("US-ASCII"));
    }

    @Test
    void surrogatesEncodedAsUtf8AreRefusedWithTheirOffset() {
        // U+D800 written as if it were a character (CESU-8): never valid UTF-8, however it is decoded
        byte[] body = {'o', 'k', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '!'};
        assertThatThrownBy(() -> one("s", MediaType.parseMediaType("text/plain;charset=UTF-8"), body, NOW))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.INVALID_ENCODING);
                    assertThat(e.getBody().getProperties()).containsEntry("byteOffset", 3);
                });
    }

    @Test
    void ninjsGivesTheSameArticleWhateverItsEncoding() throws Exception {
        String json = NinjsParserTest.sample();
        PreparedArticle utf8 = one("s", MediaType.APPLICATION_JSON, json.getBytes(StandardCharsets.UTF_8), NOW);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = new byte[bom.length + json.getBytes(StandardCharsets.UTF_8).length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(json.getBytes(StandardCharsets.UTF_8), 0, withBom, bom.length, withBom.length - bom.length);
        PreparedArticle utf8WithBom = one("s", MediaType.APPLICATION_JSON, withBom, NOW);
        PreparedArticle utf16 = one("s", MediaType.parseMediaType("application/json;charset=UTF-16"),
                json.getBytes(StandardCharsets.UTF_16), NOW);
        for (PreparedArticle other : List.of(utf8WithBom, utf16)) {
            assertThat(other.article().payload()).isEqualTo(utf8.article().payload()).isEqualTo(json);
            assertThat(other.article().provider()).isEqualTo(utf8.article().provider());
        }
        assertThat(utf8.article().provider().located()).isEqualTo("Tromsø, Norway");
    }

    @Test
    void byteOrderMarkIsDropped() {
        byte[] body = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
        assertThat(one("s", MediaType.TEXT_PLAIN, body, NOW).article().payload()).isEqualTo("Hi");
    }

    @Test
    void largeMultiByteBodyDecodesCompletely() {
        String text = "Ø€😀".repeat(50_000);
        assertThat(one("s", MediaType.TEXT_PLAIN, text.getBytes(StandardCharsets.UTF_8), NOW)
                .article().payload()).isEqualTo(text);
    }

    @Test
    void blankBodyIsRefused() {
        assertThatThrownBy(() -> one("s", MediaType.TEXT_PLAIN, " \n\t ".getBytes(StandardCharsets.UTF_8), NOW))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED));
        assertThatThrownBy(() -> one("s", MediaType.APPLICATION_JSON, new byte[0], NOW))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED));
    }

    @Test
    void ninjsWithUriIsIdentifiedByProviderGuid() throws Exception {
        String json = NinjsParserTest.sample();
        PreparedArticle prepared = one("nordwire", MediaType.APPLICATION_JSON,
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
        PreparedArticle prepared = one("s", MediaType.APPLICATION_JSON,
                json.getBytes(StandardCharsets.UTF_8), NOW);
        assertThat(prepared.article().id()).isEqualTo(ArticleIds.forContent("s", ArticleIds.sha256(json)));
        assertThat(prepared.key()).isEqualTo(ArticleIds.sha256(json));
    }

    @Test
    void anXmlRootThatIsNoWireFormatIsRefusedAsUnknown() {
        assertThatThrownBy(() -> one("s", MediaType.APPLICATION_XML, "<a/>".getBytes(StandardCharsets.UTF_8), NOW))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FORMAT);
                    assertThat(e.getBody().getDetail()).contains("<a>");
                });
    }

    @Test
    void undeclaredCharsetIsDetected() {
        String text = "Næss in Tromsø “quoted”";
        assertThat(one("s", MediaType.TEXT_PLAIN, text.getBytes(StandardCharsets.UTF_8), NOW).article().payload())
                .isEqualTo(text);
        assertThat(one("s", MediaType.TEXT_PLAIN, text.getBytes(java.nio.charset.Charset.forName("windows-1252")), NOW)
                .article().payload()).isEqualTo(text);
        PreparedArticle latin = one("s", null, "Tromsø".getBytes(StandardCharsets.ISO_8859_1), NOW);
        assertThat(latin.article().payload()).isEqualTo("Tromsø");
        assertThat(latin.article().contentType()).isEqualTo("text/plain;charset=windows-1252");
    }

    @Test
    void utf8BytesUnderALatin1DeclarationAreReadAsUtf8() {
        String text = "TROMSØ, Norway -- Næss said “no”.";
        PreparedArticle prepared = one("s", MediaType.parseMediaType("text/plain; charset=ISO-8859-1"),
                text.getBytes(StandardCharsets.UTF_8), NOW);
        assertThat(prepared.article().payload()).isEqualTo(text).doesNotContain("Ã");
        assertThat(prepared.article().contentType()).isEqualTo("text/plain;charset=UTF-8");
    }

    @Test
    void xmlDeclarationNamesTheCharsetWhenTheHeaderDoesNot() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><nitf><body><body.head><hedline><hl1>Fiskeri i"
                + " Tromsø</hl1></hedline></body.head></body></nitf>";
        PreparedArticle prepared = one("s", MediaType.APPLICATION_XML, xml.getBytes(StandardCharsets.ISO_8859_1), NOW);
        assertThat(prepared.article().format()).isEqualTo(WireFormat.NITF);
        assertThat(prepared.article().provider().headline()).isEqualTo("Fiskeri i Tromsø");
        assertThat(prepared.article().contentType()).isEqualTo("application/xml;charset=ISO-8859-1");
    }

    @Test
    void utf16WithByteOrderMarkNeedsNoDeclaration() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] text = "Ωmega story".getBytes(StandardCharsets.UTF_16LE);
        byte[] body = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, body, 0, 2);
        System.arraycopy(text, 0, body, 2, text.length);
        assertThat(one("s", MediaType.TEXT_PLAIN, body, NOW).article().payload()).isEqualTo("Ωmega story");
    }

    @Test
    void replacementCharactersAreNeverStored() {
        byte[] body = "Troms\uFFFD lost a letter".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> one("s", MediaType.TEXT_PLAIN, body, NOW))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.INVALID_ENCODING);
                    assertThat(e.getBody().getProperties()).containsEntry("charOffset", 5);
                });
    }

    @Test
    void jsonArrayIsABatchWithAProblemPerBadItem() {
        String json = """
                [{"uri":"urn:a:1","headlines":[{"value":"One"}]},
                 {"uri":"urn:a:2"},
                 {"uri":"urn:a:3","headlines":[{"value":"Three"}],"version":2}]""";
        PreparedDocument document = intake.prepare("s", MediaType.APPLICATION_JSON, json.getBytes(StandardCharsets.UTF_8), NOW);
        assertThat(document.batch()).isTrue();
        assertThat(document.entries()).hasSize(3);
        assertThat(document.entries().get(0).article().article().provider().headline()).isEqualTo("One");
        assertThat(document.entries().get(0).article().article().payload()).contains("urn:a:1").doesNotContain("urn:a:3");
        assertThat(document.entries().get(1).problem().problem()).isEqualTo(Problem.MALFORMED);
        assertThat(document.entries().get(2).article().article().id()).isEqualTo(ArticleIds.forProviderItem("s", "urn:a:3"));
        assertThat(document.entries().get(2).article().identity()).isEqualTo("item:s:urn:a:3@v2/null/null");
        assertThat(document.entries().get(2).article().key()).isEqualTo("s:urn:a:3");
        // Without a version the content tells versions apart.
        PreparedArticle unversioned = document.entries().get(0).article();
        assertThat(unversioned.identity()).isEqualTo("item:s:urn:a:1@h" + ArticleIds.sha256(unversioned.article().payload())
                + "/null/null");
        assertThat(unversioned.key()).isEqualTo("s:urn:a:1");
    }

    @Test
    void batchesOverTheLimitAreRefused() {
        ArticleIntake small = new ArticleIntake(new ParserRegistry(), TestProperties.withMaxBatchItems(2));
        String json = "[{\"headline\":\"a\"},{\"headline\":\"b\"},{\"headline\":\"c\"}]";
        assertThatThrownBy(() -> small.prepare("s", MediaType.APPLICATION_JSON, json.getBytes(StandardCharsets.UTF_8), NOW))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.TOO_MANY_ITEMS);
                    assertThat(e.getBody().getProperties()).containsEntry("maxItems", 2);
                });
    }

    private PreparedArticle one(String source, MediaType type, byte[] body, Instant now) {
        PreparedDocument document = intake.prepare(source, type, body, now);
        assertThat(document.batch()).isFalse();
        PreparedDocument.Entry entry = document.entries().getFirst();
        if (entry.problem() != null) {
            throw entry.problem();
        }
        return entry.article();
    }
}
