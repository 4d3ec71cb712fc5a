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
            "Https://cv.iptc.org/newscodes/mediatopic/04000000, medtop:04000000",
            "medtop:11000000, medtop:11000000",
            "Barents Sea, Barents Sea",
            "htt, htt",
            "urn:x:http://cv.iptc.org/newscodes/mediatopic/1, urn:x:http://cv.iptc.org/newscodes/mediatopic/1",
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

    @Test
    void readsNinjsOnePointXFieldNamesCompletely() {
        ProviderFields fields = NinjsParser.read("""
                {"uri":"urn:nordwire:1x:42","type":"text","version":"3","versioncreated":"2024-03-14T11:05:00Z",
                 "firstcreated":"2024-03-14T10:42:00+01:00","embargoed":"2024-03-14T12:00:00Z","pubstatus":"usable",
                 "urgency":2,"language":"nb","headline":"Torskekvoten kuttes","byline":"Ingrid Solberg",
                 "located":"Tromsø","body_text":"TROMSØ (Nordwire) -- Kvoten kuttes.",
                 "subject":[{"code":"04000000","scheme":"http://cv.iptc.org/newscodes/mediatopic/","name":"economy"},
                            {"code":"medtop:20000215","name":"fishing"},{"name":"Barentshavet"}]}""");
        assertThat(fields.guid()).isEqualTo("urn:nordwire:1x:42");
        assertThat(fields.version()).isEqualTo(3);
        assertThat(fields.versionCreated()).isEqualTo(Instant.parse("2024-03-14T11:05:00Z"));
        assertThat(fields.firstCreated()).isEqualTo(Instant.parse("2024-03-14T09:42:00Z"));
        assertThat(fields.embargo()).isEqualTo(Instant.parse("2024-03-14T12:00:00Z"));
        assertThat(fields.pubStatus()).isEqualTo("usable");
        assertThat(fields.urgency()).isEqualTo(2);
        assertThat(fields.language()).isEqualTo("nb");
        assertThat(fields.headline()).isEqualTo("Torskekvoten kuttes");
        assertThat(fields.byline()).isEqualTo("Ingrid Solberg");
        assertThat(fields.located()).isEqualTo("Tromsø");
        assertThat(fields.bodyText()).isEqualTo("TROMSØ (Nordwire) -- Kvoten kuttes.");
        assertThat(fields.bodyContentType()).isEqualTo("text/plain");
        assertThat(fields.subjects()).containsExactly("medtop:04000000", "medtop:20000215", "Barentshavet");
    }

    @Test
    void readsNinjsTwoWithSluglineAndHtmlBody() {
        ProviderFields fields = NinjsParser.read("""
                {"uri":"urn:nordwire:2x:7","versioncreated":"2024-03-14T11:05:00Z","pubstatus":"canceled",
                 "slugline":"fish-cod-quota","headlines":[{"role":"main","value":"KILL"}],
                 "bodies":[{"role":"main","contentType":"text/html","value":"<p>Withdrawn.</p>"}]}""");
        assertThat(fields.pubStatus()).isEqualTo("canceled");
        assertThat(fields.slugline()).isEqualTo("fish-cod-quota");
        assertThat(fields.bodyContentType()).isEqualTo("text/html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"001_simple_example.json", "004_simple_text_article.json", "005_complex_text_article.json"})
    void sharedNinjsThreeExamples(String name) {
        String json = io.wirestream.ingest.format.Samples.shared(
                io.wirestream.testsupport.SharedFiles.require("standards/ninjs/" + name));
        ProviderFields fields = NinjsParser.read(json);
        assertThat(fields.guid()).startsWith("http://ninjs.example.com/newsitems/20130709");
        assertThat(fields.headline()).isEqualTo("Captain of wrecked cruise ship on trial in Italy");
        assertThat(fields.byline()).isEqualTo("Paulo Santalucia and Frances d'Emilio");
        assertThat(fields.versionCreated()).isEqualTo(Instant.parse("2013-07-09T10:37:00Z"));
        assertThat(fields.bodyText()).startsWith("GROSSETO, Italy (AP) -- The trial of the captain");
    }

    @Test
    void arrayIsABatchAndOneBadItemKeepsTheOthers() {
        var document = new NinjsParser().parse("""
                [{"uri":"urn:x:1","headlines":[{"value":"One"}]}, {"uri":7,"headline":"Two"}, {"headline":"Three"}]""");
        assertThat(document.batch()).isTrue();
        assertThat(document.items()).hasSize(3);
        assertThat(document.items().get(0).fields().guid()).isEqualTo("urn:x:1");
        assertThat(document.items().get(0).payload()).isEqualTo("{\"uri\":\"urn:x:1\",\"headlines\":[{\"value\":\"One\"}]}");
        assertThat(document.items().get(1).ok()).isFalse();
        assertThat(document.items().get(1).problem().getBody().getDetail()).contains("'uri' must be a string");
        assertThat(document.items().get(2).fields().headline()).isEqualTo("Three");
    }

    @Test
    void deeplyNestedJsonIsRefusedBeforeItCostsMuch() {
        String deep = "{\"headline\":\"H\",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertMalformed(deep, "nesting depth");
    }

    private static void assertMalformed(String json, String detailPart) {
        assertThatThrownBy(() -> NinjsParser.read(json))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.MALFORMED);
                    assertThat(e.getBody().getDetail()).contains(detailPart);
                });
    }
}
