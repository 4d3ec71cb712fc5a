package io.wirestream.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.contract.EventJson;
import io.wirestream.contract.RawArticle;
import io.wirestream.ingest.TestProperties;
import io.wirestream.ingest.format.ParserRegistry;
import io.wirestream.ingest.format.Samples;
import io.wirestream.ingest.intake.ArticleIntake;
import io.wirestream.ingest.intake.PreparedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** The raw event must stay byte for byte what the contract's mapping writes: enrich reads these bytes. */
class Utf8JsonStringsTest {

    private static final JsonMapper FAST = Utf8JsonStrings.eventMapper();

    @Test
    void everyCharacterOfTheBasicPlaneIsWrittenAsJacksonWritesIt() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xD800; c++) {
            String one = "a" + c + "b";
            assertThat(FAST.writeValueAsBytes(one)).as("U+%04X", (int) c).isEqualTo(EventJson.toBytes(one));
            all.append(c);
        }
        for (char c = 0xE000; c != 0; c++) {
            all.append(c);
        }
        assertSameBytes(all.toString());
    }

    @Test
    void surrogatesPairedOrNotAreWrittenAsJacksonWritesThem() {
        assertSameBytes("cod \uD83D\uDC1F quota");
        assertSameBytes("lone \uD83D high");
        assertSameBytes("lone \uDC1F low");
        assertSameBytes("Tromsø \"quoted\"\n\tand \uD83D\uDC1F\u0001");
    }

    @Test
    void randomTextIsWrittenAsJacksonWritesIt() {
        Random random = new Random(7);
        String alphabet = "abc \"\\\n\r\t\b\f\u0000\u001f\u007f\u0080øæå€\u2028/<>&'";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(64); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameBytes(text.toString());
        }
    }

    @Test
    void rawArticlesOfEveryFormatAreTheSameBytes() throws IOException {
        ArticleIntake intake = new ArticleIntake(new ParserRegistry(), TestProperties.defaults());
        List<byte[]> documents = List.of(ninjsSample(), Samples.ownBytes("nordwire-cod-quota.nitf.xml"),
                Samples.ownBytes("nordwire-message.newsml-g2.xml"), Samples.ownBytes("nordwire-two-items.newsml1.xml"),
                Samples.ownBytes("nordwire-cod.anpa1312.txt"), Samples.ownBytes("nordwire-cod.iptc7901.txt"));
        int articles = 0;
        for (byte[] document : documents) {
            PreparedDocument prepared = intake.prepare("nordwire", null, document, Instant.parse("2024-03-14T11:00:00.123Z"));
            for (PreparedDocument.Entry entry : prepared.entries()) {
                if (entry.article() != null) {
                    RawArticle article = entry.article().article();
                    assertThat(FAST.writeValueAsBytes(article)).isEqualTo(EventJson.toBytes(article));
                    articles++;
                }
            }
        }
        assertThat(articles).isGreaterThanOrEqualTo(documents.size());
    }

    @Test
    void escapesOnlyWhatJsonRequires() {
        assertThat(new String(Utf8JsonStrings.escape("Tromsø \"x\"\\\n\u0001/".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)).isEqualTo("Tromsø \\\"x\\\"\\\\\\n\\u0001/");
        byte[] plain = "nothing to escape".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8JsonStrings.escape(plain)).isSameAs(plain);
    }

    private static void assertSameBytes(String text) {
        java.util.function.Supplier<String> name = () -> text.chars()
                .mapToObj(c -> c < 0x7F && c >= 0x20 ? Character.toString(c) : String.format("\\u%04X", c))
                .collect(java.util.stream.Collectors.joining());
        byte[] expected;
        try {
            expected = EventJson.toBytes(text);
        } catch (RuntimeException jacksonRefuses) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> FAST.writeValueAsBytes(text)).as(name)
                    .isInstanceOf(jacksonRefuses.getClass());
            return;
        }
        assertThat(FAST.writeValueAsBytes(text)).as(name).isEqualTo(expected);
    }

    @Test
    void theEventMapperCarriesTheStringWriter() {
        assertThat(FAST.registeredModules()).extracting(module -> module.getModuleName()).contains("utf8-json-strings");
    }

    @Test
    void aCharBasedGeneratorGetsTheOrdinaryString() {
        assertThat(FAST.writeValueAsString("Tromsø \"x\"")).isEqualTo(EventJson.mapper().writeValueAsString("Tromsø \"x\""));
    }

    private static byte[] ninjsSample() throws IOException {
        try (InputStream in = Utf8JsonStringsTest.class.getResourceAsStream(
                "/samples/nordwire-2024-03-14-arctic-cod-quota.ninjs.json")) {
            return in.readAllBytes();
        }
    }
}
