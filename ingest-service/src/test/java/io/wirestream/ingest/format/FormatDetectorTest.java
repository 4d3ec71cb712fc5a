package io.wirestream.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.contract.WireFormat;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

class FormatDetectorTest {

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "application/json         | {\"uri\":\"x\"}                                  | NINJS",
            "text/plain               | [ {\"headline\":\"a\"} ]                         | NINJS",
            "application/xml          | <?xml version='1.0'?><nitf><head/></nitf>        | NITF",
            "application/octet-stream | <!-- agency --><nitf/>                           | NITF",
            "text/xml                 | <newsMessage xmlns='http://iptc.org/std/nar/2006-10-01/'/> | NEWSML_G2",
            "application/xml          | <g2:newsItem xmlns:g2='urn:x'/>                  | NEWSML_G2",
            "application/xlm          | <NewsML Version='1.2'/>                          | NEWSML_1",
            "text/plain               | <!DOCTYPE nitf SYSTEM 'nitf.dtd'><nitf/>         | NITF",
            "text/plain               | MOSCOW, Nov. 23 (Xinhua) -- A story.             | TEXT",
            "text/html                | MOSCOW, Nov. 23 (Xinhua) -- A page dump.         | HTML",
            "text/plain               | <!DOCTYPE html><html><body>Page</body></html>    | HTML",
            "application/xhtml+xml    | <html xmlns='http://www.w3.org/1999/xhtml'/>     | HTML",
            "text/plian               | Just a story.                                    | TEXT",
            "text/plain               | [CORRECTED] Ferry strike ends                    | TEXT",
            "text/plain               | {Eds: note} OSLO -- A story.                     | TEXT",
            "text/plain               | <p>OSLO -- An HTML fragment.</p>                 | HTML"})
    void contentDecidesWhereItIsClear(String type, String content, WireFormat expected) {
        assertThat(FormatDetector.detect(MediaType.parseMediaType(type), content)).isEqualTo(expected);
    }

    @Test
    void withoutContentTypeTheContentDecidesAlone() {
        assertThat(FormatDetector.detect(null, "{\"headline\":\"x\"}")).isEqualTo(WireFormat.NINJS);
        assertThat(FormatDetector.detect(null, "A story.")).isEqualTo(WireFormat.TEXT);
        assertThat(FormatDetector.detect(MediaType.APPLICATION_JSON, "{\"headline\": ")).as("declared JSON, cut off")
                .isEqualTo(WireFormat.NINJS);
    }

    @Test
    void controlCharactersMarkTransmissions() {
        String anpa = Samples.own("nordwire-cod.anpa1312.txt", StandardCharsets.US_ASCII);
        String iptc = Samples.own("nordwire-cod.iptc7901.txt", StandardCharsets.ISO_8859_1);
        assertThat(FormatDetector.detect(MediaType.TEXT_PLAIN, anpa)).isEqualTo(WireFormat.ANPA_1312);
        assertThat(FormatDetector.detect(MediaType.APPLICATION_OCTET_STREAM, iptc)).isEqualTo(WireFormat.IPTC_7901);
        assertThat(FormatDetector.detect(null, "\r\n" + iptc)).isEqualTo(WireFormat.IPTC_7901);
    }

    @Test
    void unknownXmlAndBinaryAreUnknownFormats() {
        assertThatThrownBy(() -> FormatDetector.detect(MediaType.APPLICATION_XML, "<rss version='2.0'/>"))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FORMAT));
        assertThatThrownBy(() -> FormatDetector.detect(null, "PK\u0003\u0004\u0000\u0000zip"))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FORMAT));
    }

    @Test
    void declaredStructuredTypeOverPlainTextIsMalformed() {
        assertThatThrownBy(() -> FormatDetector.detect(MediaType.APPLICATION_JSON, "headline: no json"))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED));
        assertThatThrownBy(() -> FormatDetector.detect(MediaType.APPLICATION_XML, "plain words"))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED));
    }

    @Test
    void entityDeclarationsAreRefusedEvenUnderAnUnknownRoot() {
        assertThatThrownBy(() -> FormatDetector.detect(MediaType.APPLICATION_XML,
                "<!DOCTYPE lolz [<!ENTITY lol \"lol\">]><lolz>&lol;</lolz>"))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.problem()).isEqualTo(Problem.XML_FORBIDDEN));
    }

    @Test
    void clearlyBinaryTypesAreKnownBeforeTheBodyIsRead() {
        assertThat(FormatDetector.clearlyNotText(MediaType.IMAGE_JPEG)).isTrue();
        assertThat(FormatDetector.clearlyNotText(MediaType.APPLICATION_PDF)).isTrue();
        assertThat(FormatDetector.clearlyNotText(MediaType.APPLICATION_OCTET_STREAM)).isFalse();
        assertThat(FormatDetector.clearlyNotText(MediaType.TEXT_PLAIN)).isFalse();
    }
}
