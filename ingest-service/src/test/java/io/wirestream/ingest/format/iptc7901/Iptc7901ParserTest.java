package io.wirestream.ingest.format.iptc7901;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.contract.ProviderFields;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.format.ParsedDocument;
import io.wirestream.ingest.format.Samples;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class Iptc7901ParserTest {

    private final Iptc7901Parser parser = new Iptc7901Parser();
    private final String sample = Samples.own("nordwire-cod.iptc7901.txt", StandardCharsets.ISO_8859_1);

    @Test
    void ownSampleStatesHeadingTextAndTrailer() {
        ParsedDocument document = parser.parse(sample);
        assertThat(document.batch()).isFalse();
        assertThat(document.items().getFirst().payload()).isEqualTo(sample);
        ProviderFields fields = document.items().getFirst().fields();

        assertThat(fields.guid()).isEqualTo("FISH-COD-QUOTA/2024-03-14");
        assertThat(fields.version()).as("2nd lead").isEqualTo(3);
        assertThat(fields.signal()).isEqualTo("update");
        assertThat(fields.slugline()).isEqualTo("FISH-COD-QUOTA");
        assertThat(fields.urgency()).isEqualTo(3);
        assertThat(fields.subjects()).containsExactly("iptc7901cat:I");
        assertThat(fields.headline()).isEqualTo("NORWAY AND RUSSIA AGREE CUT TO BARENTS SEA COD QUOTA");
        assertThat(fields.dateline()).isEqualTo("TROMSØ, Norway, March 14 (Nordwire)");
        assertThat(fields.located()).isEqualTo("TROMSØ, Norway");
        assertThat(fields.versionCreated()).isEqualTo(Instant.parse("2024-03-14T11:05:00Z"));
        assertThat(fields.bodyText()).isEqualTo("TROMSØ, Norway, March 14 (Nordwire) - Norway and Russia have agreed to"
                + " cut the joint quota for north-east Arctic cod by 20 percent next year.\n\nThe total allowable"
                + " catch will fall to 362,000 tonnes, Fisheries Minister Marianne Sivertsen Næss told reporters in Tromsø.");
    }

    @Test
    void recognisesItsHeadingAndNotAnAnpaOne() {
        assertThat(Iptc7901Parser.isHeading("NRW0134 3 I 0412\r\nFISH")).isTrue();
        assertThat(Iptc7901Parser.isHeading("AFP 0021 1 POL 0250 CORRECTION")).isTrue();
        assertThat(Iptc7901Parser.isHeading("a0123 nwpxx r i BC-Norway-Cod 03-14 0412")).isFalse();
    }

    @Test
    void correctionWithoutKeywordUsesSourceAndNumber() {
        String message = "\u0001AFP 0021 1 POL 0250 CORRECTION\r\n\u0002FLASH: government resigns\r\n\r\n"
                + "   PARIS, March 14 (AFP) - The government resigned.\r\n\u0003";
        ProviderFields fields = parser.parse(message).items().getFirst().fields();
        assertThat(fields.guid()).isEqualTo("AFP0021");
        assertThat(fields.signal()).isEqualTo("correction");
        assertThat(fields.urgency()).isEqualTo(1);
        assertThat(fields.subjects()).containsExactly("iptc7901cat:POL");
        assertThat(fields.versionCreated()).isNull();
    }

    @Test
    void messageWithoutStartOfTextIsMalformed() {
        assertThatThrownBy(() -> parser.parse("\u0001NRW0134 3 I 0412\r\nheading only"))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.MALFORMED);
                    assertThat(e.getBody().getDetail()).contains("start-of-text");
                });
    }
}
