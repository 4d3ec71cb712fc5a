package io.wirestream.ingest.format.nitf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.contract.ProviderFields;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.format.ParsedDocument;
import io.wirestream.ingest.format.Samples;
import io.wirestream.testsupport.SharedFiles;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NitfParserTest {

    private final NitfParser parser = new NitfParser();

    @Test
    void ownSampleStatesEveryField() {
        ParsedDocument document = parser.parse(Samples.own("nordwire-cod-quota.nitf.xml", StandardCharsets.ISO_8859_1));

        assertThat(document.batch()).isFalse();
        ProviderFields fields = document.items().getFirst().fields();
        assertThat(fields.guid()).isEqualTo("NRW-2024-0314-0042");
        assertThat(fields.version()).isEqualTo(2);
        assertThat(fields.urgency()).isEqualTo(3);
        assertThat(fields.headline()).isEqualTo("Norway and Russia agree cut to Barents Sea cod quota as stocks shrink");
        assertThat(fields.byline()).isEqualTo("Ingrid Solberg");
        assertThat(fields.dateline()).isEqualTo("Tromsø, Norway, March 14");
        assertThat(fields.located()).isEqualTo("Tromsø, Norway");
        assertThat(fields.language()).isEqualTo("en-gb");
        assertThat(fields.pubStatus()).isEqualTo("usable");
        assertThat(fields.slugline()).isEqualTo("fish-cod-quota");
        assertThat(fields.versionCreated()).isEqualTo(Instant.parse("2024-03-14T11:05:00Z"));
        assertThat(fields.embargo()).isEqualTo(Instant.parse("2024-03-14T12:00:00Z"));
        assertThat(fields.subjects()).containsExactly("subj:04007000", "subj:06000000");
        assertThat(fields.bodyContentType()).isEqualTo("text/plain");
        assertThat(fields.bodyText())
                .startsWith("TROMSØ, Norway, March 14 (Nordwire) -- Norway and Russia have agreed to cut the joint quota"
                        + " for north-east Arctic cod by 20 percent")
                .contains("\n\nThe total allowable catch will fall to 362,000 tonnes, the lowest level in more than")
                .endsWith("\n\n\u201cThis is a painful decision,\u201d Fisheries Minister Marianne Sivertsen Næss said.")
                .doesNotContain("Cod on ice").doesNotContain("Reporting by");
    }

    @Test
    void externalDtdIsNamedButNeverFetched() throws Exception {
        try (ServerSocket dtdServer = new ServerSocket(0)) {
            dtdServer.setSoTimeout(300);
            String xml = Samples.own("nordwire-cod-quota.nitf.xml", StandardCharsets.ISO_8859_1)
                    .replace("http://127.0.0.1:9/", "http://127.0.0.1:" + dtdServer.getLocalPort() + "/");
            assertThat(parser.parse(xml).items().getFirst().fields().guid()).isEqualTo("NRW-2024-0314-0042");
            assertThatThrownBy(dtdServer::accept).as("nobody asked for the DTD").isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void sharedNtbSampleFromTheStandard() {
        String xml = Samples.shared(SharedFiles.require("standards/nitf/NTB_nitf_sample.xml"));
        ProviderFields fields = parser.parse(xml).items().getFirst().fields();

        assertThat(fields.guid()).isEqualTo("NTB5df9281a-a270-4dc5-a618-869bbc3bbca7_00");
        assertThat(fields.version()).isEqualTo(1);
        assertThat(fields.urgency()).isEqualTo(5);
        assertThat(fields.headline()).isEqualTo("Pandemien herjer på den legeløse indiske landsbygda");
        assertThat(fields.byline()).isEqualTo("NTB-AFP-DPA");
        assertThat(fields.dateline()).isEqualTo("Unnao");
        assertThat(fields.language()).isEqualTo("nb-no");
        assertThat(fields.slugline()).isEqualTo("india-korona-bygd");
        assertThat(fields.versionCreated()).isEqualTo(Instant.parse("2021-05-16T09:00:04Z"));
        assertThat(fields.subjects()).containsExactly("subj:07001000", "subj:07000000");
        assertThat(fields.bodyText())
                .startsWith("Koronapandemien herjer også i landsbyer rundt omkring i India.")
                .contains("\n\n- Det skjulte India\n\n")
                .contains("\u2013 Det er så mye fattigdom")
                .endsWith("(©NTB)")
                .doesNotContain("Kremasjonsbål for koronaofre"); // the image caption is not story text
    }

    @Test
    void headlineFallsBackToTheTitleAndBodyMayBeOneLongParagraph() {
        ProviderFields fields = parser.parse("""
                <nitf><head><title>Ferry strike ends</title></head>
                <body><body.content>OSLO -- The ferry strike ended on Friday. <b>Boats</b> run again.</body.content></body></nitf>""")
                .items().getFirst().fields();
        assertThat(fields.headline()).isEqualTo("Ferry strike ends");
        assertThat(fields.bodyText()).isEqualTo("OSLO -- The ferry strike ended on Friday. Boats run again.");
        assertThat(fields.guid()).isNull();
        assertThat(fields.version()).isNull();
    }

    @Test
    void documentWithoutHeadlineOrBodyIsMalformed() {
        assertThatThrownBy(() -> parser.parse("<nitf><head/><body/></nitf>"))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED));
    }

    @Test
    void truncatedXmlIsMalformedWithItsPosition() {
        assertThatThrownBy(() -> parser.parse("<nitf><body><body.content><p>Cut off"))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.MALFORMED);
                    assertThat(e.getBody().getDetail()).contains("not well-formed XML").contains("line 1");
                });
    }
}
