package io.wirestream.ingest.format.anpa;

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

class Anpa1312ParserTest {

    private final Anpa1312Parser parser = new Anpa1312Parser();
    private final String sample = Samples.own("nordwire-cod.anpa1312.txt", StandardCharsets.US_ASCII);

    @Test
    void twoMessagesAreABatchAndEachKeepsItsOwnBytes() {
        ParsedDocument document = parser.parse(sample);
        assertThat(document.batch()).isTrue();
        assertThat(document.items()).hasSize(2);
        assertThat(document.items().get(0).payload()).startsWith("\u0016\u0016\u0001a0123").endsWith("\u0003")
                .doesNotContain("a0131");
        assertThat(document.items().get(1).payload()).startsWith("\u0016\u0016\u0001a0131").endsWith("\u0003\u0004");
    }

    @Test
    void firstMessageStatesHeadingAndText() {
        ProviderFields fields = parser.parse(sample).items().get(0).fields();

        assertThat(fields.guid()).isEqualTo("BC-Norway-Cod/03-14");
        assertThat(fields.version()).isNull();
        assertThat(fields.signal()).isNull();
        assertThat(fields.slugline()).isEqualTo("BC-Norway-Cod");
        assertThat(fields.urgency()).as("priority r = regular").isEqualTo(4);
        assertThat(fields.subjects()).containsExactly("anpacat:i");
        assertThat(fields.headline()).isEqualTo("Norway and Russia agree cut to Barents Sea cod quota");
        assertThat(fields.byline()).isEqualTo("INGRID SOLBERG");
        assertThat(fields.dateline()).isEqualTo("TROMSO, Norway (Nordwire)");
        assertThat(fields.located()).isEqualTo("TROMSO, Norway");
        assertThat(fields.versionCreated()).isEqualTo(Instant.parse("2024-03-14T11:05:00Z"));
        assertThat(fields.bodyContentType()).isEqualTo("text/plain");
        assertThat(fields.bodyText()).isEqualTo("""
                TROMSO, Norway (Nordwire) _ Norway and Russia have agreed to cut the joint quota for north-east \
                Arctic cod by 20 percent next year, the fisheries ministry said Thursday.

                The total allowable catch will fall to 362,000 tonnes, the lowest in more than two decades.

                ``This is a painful decision,'' Fisheries Minister Marianne Sivertsen Naess said.""");
    }

    @Test
    void writethruIsTheNextVersionOfTheSameItem() {
        ProviderFields fields = parser.parse(sample).items().get(1).fields();

        assertThat(fields.guid()).isEqualTo("BC-Norway-Cod/03-14");
        assertThat(fields.version()).isEqualTo(2);
        assertThat(fields.signal()).isEqualTo("update");
        assertThat(fields.urgency()).as("priority u = urgent").isEqualTo(3);
        assertThat(fields.headline()).isEqualTo("Norway and Russia cut cod quota; industry warns of job losses");
        assertThat(fields.bodyText()).doesNotContain("Eds:").doesNotContain("1240GMT");
        assertThat(fields.versionCreated()).isEqualTo(Instant.parse("2024-03-14T12:40:00Z"));
    }

    @Test
    void headerFieldsAndTakes() {
        Anpa1312Parser.Header header = Anpa1312Parser.header("b0456 sptxx f s BC-Hockey-Final 2ndTake 03-15 0230");
        assertThat(header.serviceLevel()).isEqualTo("b");
        assertThat(header.storyNumber()).isEqualTo("0456");
        assertThat(header.selector()).isEqualTo("sptxx");
        assertThat(header.priority()).isEqualTo('f');
        assertThat(header.category()).isEqualTo('s');
        assertThat(header.slug()).isEqualTo("BC-Hockey-Final");
        assertThat(header.versionWords()).isEqualTo("2ndTake");
        assertThat(header.filingDate()).isEqualTo("03-15");
        assertThat(header.wordCount()).isEqualTo(230);
    }

    @Test
    void aLaterTakeIsItsOwnItem() {
        String take = "\u0001b0456 sptxx f s BC-Hockey-Final 2ndTake 03-15 0230\r\n\u0002\r\n"
                + "   Tromso won the final 3-2 after overtime.\r\n\u0003";
        ProviderFields fields = parser.parse(take).items().getFirst().fields();
        assertThat(fields.guid()).isEqualTo("BC-Hockey-Final/03-15/take-2");
        assertThat(fields.urgency()).as("flash").isEqualTo(1);
        assertThat(fields.headline()).isNull();
        assertThat(fields.bodyText()).isEqualTo("Tromso won the final 3-2 after overtime.");
    }

    @Test
    void truncatedTransmissionIsMalformed() {
        String cut = sample.substring(0, sample.indexOf("NW-OSL-03-14-24 1105GMT"));
        assertThatThrownBy(() -> parser.parse(cut))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.MALFORMED);
                    assertThat(e.getBody().getDetail()).contains("end-of-text");
                });
    }
}
