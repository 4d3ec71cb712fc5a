package io.wirestream.ingest.format.ninjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.contract.ProviderFields;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

public class NinjsParserTest {

    public static String sample() throws IOException {
        try (InputStream in = NinjsParserTest.class.getResourceAsStream(
                "/samples/nordwire-2024-03-14-arctic-cod-quota.ninjs.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void mapsEverythingTheSampleStates() throws IOException {
        ProviderFields fields = NinjsParser.read(sample());

        assertThat(fields.guid()).isEqualTo("urn:nordwire:2024:0314:fish-cod-quota");
        assertThat(fields.version()).isEqualTo(2);
        assertThat(fields.headline()).isEqualTo("Norway and Russia agree cut to Barents Sea cod quota as stocks shrink");
        assertThat(fields.bodyText()).startsWith("TROMSØ, Norway, March 14 (Nordwire) --").contains("\n\n");
        assertThat(fields.bodyContentType()).isEqualTo("text/plain");
        assertThat(fields.byline()).isEqualTo("Ingrid Solberg");
        assertThat(fields.located()).isEqualTo("Tromsø, Norway");
        assertThat(fields.language()).isEqualTo("en");
        assertThat(fields.pubStatus()).isEqualTo("usable");
        assertThat(fields.versionCreated()).isEqualTo(Instant.parse("2024-03-14T11:05:00Z"));
        assertThat(fields.firstCreated()).isEqualTo(Instant.parse("2024-03-14T10:42:00Z"));
        assertThat(fields.subjects()).containsExactly(
                "medtop:04000000", "medtop:20000215", "medtop:06000000", "Barents Sea");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "\"3\"", "\" 3 \""})
    void versionMayBeNumberOrString(String version) {
        ProviderFields fields = NinjsParser.read("{\"headlines\":[{\"value\":\"H\"}],\"version\":" + version + "}");
        assertThat(fields.version()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1.5", "\"v2\"", "\"\"", "true", "99999999999"})
    void versionThatIsNotAPositiveWholeNumberIsRefused(String version) {
        assertMalformed("{\"headlines\":[{\"value\":\"H\"}],\"version\":" + version + "}", "version");
    }

    @ParameterizedTest
    @CsvSource({
            "http://cv.iptc.org/newscodes/mediatopic/11000000, medtop:11000000",
            "https://cv.iptc.org/newscodes/mediatopic/11000000/, medtop:11000000",
            "HTTP://CV.IPTC.ORG/newscodes/MediaTopic/20000215, medtop:20000215",
            "http://cv.iptc.org/newscodes/subjectcode/15000000, subj:15000000",
            "http://cv.iptc.org/newscodes/genre/Current, genre:Current",
            "medtop:11000000, medtop:11000000",
            "https://example.org/topics/politics, https://example.org/topics/politics"})
    void subjectUrisBecomeQcodes(String sent, String expected) {
        assertThat(NinjsParser.subjectCode(sent)).isEqualTo(expected);
    }

    @Test
    void subjectUsesUriThenLiteralThenNameAndDropsDuplicates() {
        ProviderFields fields = NinjsParser.read("""
                {"headlines":[{"value":"H"}],"subjects":[
                  {"uri":"http://cv.iptc.org/newscodes/mediatopic/11000000","literal":"ignored","name":"politics"},
                  {"literal":"medtop:11000000"},
                  {"name":"Syria"},
                  {"rel":"about"}]}""");
        assertThat(fields.subjects()).containsExactly("medtop:11000000", "Syria");
    }

    @Test
    void prefersTheMainHeadlineAndBody() {
        ProviderFields fields = NinjsParser.read("""
                {"headlines":[{"role":"short","value":"Short"},{"role":"main","value":"Main"}],
                 "bodies":[{"role":"summary","contentType":"text/plain","value":"Sum"},
                           {"role":"main","contentType":"text/html","value":"<p>Body</p>"}]}""");
        assertThat(fields.headline()).isEqualTo("Main");
        assertThat(fields.bodyText()).isEqualTo("<p>Body</p>");
        assertThat(fields.bodyContentType()).isEqualTo("text/html");
        assertThat(fields.guid()).isNull();
        assertThat(fields.version()).isNull();
    }

    @Test
    void readsNinjsOneFieldNames() {
        ProviderFields fields = NinjsParser.read("""
                {"uri":"urn:x:1","headline":"Old style","body_html":"<p>Text</p>","byline":"A. Writer",
                 "pubStatus":"cancelled"}""");
        assertThat(fields.headline()).isEqualTo("Old style");
        assertThat(fields.bodyText()).isEqualTo("<p>Text</p>");
        assertThat(fields.bodyContentType()).isEqualTo("text/html");
        assertThat(fields.byline()).isEqualTo("A. Writer");
        assertThat(fields.pubStatus()).isEqualTo("canceled");
    }

    @Test
    void bodyWithoutHeadlineIsEnough() {
        assertThat(NinjsParser.read("{\"bodies\":[{\"value\":\"Only a body\"}]}").bodyText()).isEqualTo("Only a body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"headlines\":", "{} {}", "not json", "{\"a\":1,}"})
    void malformedJsonIsRefused(String json) {
        assertMalformed(json, "not valid JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"text\"", "42", "null"})
    void nonObjectIsRefused(String json) {
        assertMalformed(json, "must be a JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"uri\":\"urn:x\"}", "{\"headlines\":[{\"value\":\"  \"}],\"bodies\":[]}"})
    void documentWithoutHeadlineAndBodyIsRefused(String json) {
        assertMalformed(json, "neither a headline");
    }

    @Test
    void wrongTypesAndValuesAreRefusedWithTheFieldNamed() {
        assertMalformed("{\"headlines\":\"H\"}", "'headlines' must be an array");
        assertMalformed("{\"headlines\":[{\"value\":\"H\"}],\"uri\":7}", "'uri' must be a string");
        assertMalformed("{\"headlines\":[{\"value\":\"H\"}],\"pubStatus\":\"draft\"}", "pubStatus");
        assertMalformed("{\"headlines\":[{\"value\":\"H\"}],\"versionCreated\":\"yesterday\"}", "versionCreated");
        assertMalformed("{\"headlines\":[{\"value\":\"H\"}],\"subjects\":[\"medtop:1\"]}", "subjects[]");
    }

    private static void assertMalformed(String json, String detailPart) {
        assertThatThrownBy(() -> NinjsParser.read(json))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.MALFORMED);
                    assertThat(e.getBody().getDetail()).contains(detailPart);
                });
    }
}
