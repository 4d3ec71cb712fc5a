package io.wirestream.ingest.format.newsmlg2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.contract.ProviderFields;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.format.ParsedDocument;
import io.wirestream.ingest.format.ParsedItem;
import io.wirestream.ingest.format.Samples;
import io.wirestream.testsupport.SharedFiles;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewsMlG2ParserTest {

    private final NewsMlG2Parser parser = new NewsMlG2Parser();

    @Test
    void newsMessageIsABatchOfItsNewsItems() {
        ParsedDocument document = parser.parse(Samples.own("nordwire-message.newsml-g2.xml"));

        assertThat(document.batch()).isTrue();
        assertThat(document.items()).hasSize(5).as("the packageItem is structure, not a story");
        assertThat(document.items()).extracting(ParsedItem::ok).containsExactly(true, true, true, false, false);
    }

    @Test
    void textItemWithHeadlineOnlyInsideEmbeddedNitf() {
        ParsedItem item = parser.parse(Samples.own("nordwire-message.newsml-g2.xml")).items().get(0);
        ProviderFields fields = item.fields();

        assertThat(item.payload()).startsWith("<newsItem").contains("fish-cod-quota").doesNotContain("energy-grid");
        assertThat(fields.guid()).isEqualTo("urn:newsml:nordwire.example:20240314:fish-cod-quota");
        assertThat(fields.version()).isEqualTo(3);
        assertThat(fields.pubStatus()).isEqualTo("usable");
        assertThat(fields.signal()).isEqualTo("update");
        assertThat(fields.headline()).isEqualTo("Norway and Russia agree deeper cut to Barents Sea cod quota");
        assertThat(fields.slugline()).isEqualTo("fish-cod-quota");
        assertThat(fields.dateline()).isEqualTo("TROMSØ, Norway, March 14");
        assertThat(fields.located()).isEqualTo("Tromsø, Norway");
        assertThat(fields.byline()).isEqualTo("Ingrid Solberg");
        assertThat(fields.language()).isEqualTo("en-gb");
        assertThat(fields.urgency()).isEqualTo(3);
        assertThat(fields.subjects()).containsExactly("medtop:20000215", "medtop:06000000");
        assertThat(fields.versionCreated()).isEqualTo(Instant.parse("2024-03-14T11:05:00Z"));
        assertThat(fields.firstCreated()).isEqualTo(Instant.parse("2024-03-14T10:42:00Z"));
        assertThat(fields.embargo()).isEqualTo(Instant.parse("2024-03-14T12:00:00Z"));
        assertThat(fields.bodyContentType()).isEqualTo("text/plain");
        assertThat(fields.bodyText()).isEqualTo("TROMSØ, Norway, March 14 (Nordwire) -- Norway and Russia agreed to cut"
                + " the cod quota by 20 percent.\n\nThe catch will fall to 362,000 tonnes.");
    }

    @Test
    void correctionWithXhtmlBody() {
        ProviderFields fields = parser.parse(Samples.own("nordwire-message.newsml-g2.xml")).items().get(1).fields();

        assertThat(fields.guid()).isEqualTo("urn:newsml:nordwire.example:20240314:energy-grid");
        assertThat(fields.version()).isEqualTo(2);
        assertThat(fields.signal()).as("a correction outranks an update").isEqualTo("correction");
        assertThat(fields.headline()).isEqualTo("Strømnettet får ny eier");
        assertThat(fields.byline()).isEqualTo("Lars Eide");
        assertThat(fields.language()).isEqualTo("no");
        assertThat(fields.urgency()).isEqualTo(4);
        assertThat(fields.bodyText()).as("the repeated h1 headline is not body text")
                .isEqualTo("OSLO, March 14 (Nordwire) -- Corrects owner's name in second paragraph.\n\n"
                        + "Statnett takes over the regional grid.");
    }

    @Test
    void canceledItemIsAKill() {
        ProviderFields fields = parser.parse(Samples.own("nordwire-message.newsml-g2.xml")).items().get(2).fields();
        assertThat(fields.pubStatus()).isEqualTo("canceled");
        assertThat(fields.version()).isEqualTo(4);
        assertThat(fields.bodyText()).startsWith("The story about a ferry fire");
    }

    @Test
    void pictureAndEmptyItemsAreRefusedOneByOne() {
        ParsedDocument document = parser.parse(Samples.own("nordwire-message.newsml-g2.xml"));
        assertThat(document.items().get(3).problem().problem()).isEqualTo(Problem.UNKNOWN_FORMAT);
        assertThat(document.items().get(3).problem().getBody().getDetail()).contains("ninat:picture");
        assertThat(document.items().get(4).problem().problem()).isEqualTo(Problem.MALFORMED);
        assertThat(document.items().get(4).problem().getBody().getDetail()).contains("20240314:empty");
    }

    @Test
    void loneNewsItemIsOneArticleWithTheWholeDocumentAsPayload() {
        String xml = """
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="tag:nordwire,2024:one" version="1">
                  <itemMeta><itemClass qcode="ninat:text"/><pubStatus qcode="stat:withheld"/></itemMeta>
                  <contentMeta><headline>Held back</headline></contentMeta>
                </newsItem>""";
        ParsedDocument document = parser.parse(xml);
        assertThat(document.batch()).isFalse();
        assertThat(document.items().getFirst().payload()).isEqualTo(xml);
        assertThat(document.items().getFirst().fields().pubStatus()).isEqualTo("withheld");
        assertThat(document.items().getFirst().fields().bodyText()).isNull();
    }

    @Test
    void sharedTtSample() {
        ParsedDocument document = parser.parse(Samples.shared(SharedFiles.require("standards/newsml-g2/TT_newsmlg2_sample.xml")));

        assertThat(document.batch()).isTrue();
        assertThat(document.items()).hasSize(2);
        ProviderFields text = document.items().getFirst().fields();
        assertThat(text.guid()).isEqualTo("http://tt.se/media/text/210919-janguillou-879f202b");
        assertThat(text.version()).isEqualTo(1);
        assertThat(text.pubStatus()).isEqualTo("usable");
        assertThat(text.headline()).isEqualTo("Jan Guillou skriver på ny \"Hamilton\"-bok");
        assertThat(text.slugline()).isEqualTo("janguillou");
        assertThat(text.language()).isEqualTo("sv");
        assertThat(text.urgency()).isEqualTo(3);
        assertThat(text.subjects()).containsExactly("medtop:20000013", "medtop:01000000");
        assertThat(text.versionCreated()).isEqualTo(Instant.parse("2021-09-19T18:57:43Z"));
        assertThat(text.firstCreated()).isEqualTo(Instant.parse("2021-09-19T18:57:43Z"));
        assertThat(text.bodyText()).isNotBlank().doesNotStartWith("Jan Guillou skriver på ny").contains("Hamilton");
        assertThat(document.items().get(1).ok()).as("the picture item").isFalse();
    }

    @Test
    void wrongRootIsMalformed() {
        assertThatThrownBy(() -> parser.parse("<knowledgeItem/>"))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED));
    }
}
