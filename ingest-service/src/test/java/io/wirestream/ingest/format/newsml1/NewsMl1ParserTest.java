package io.wirestream.ingest.format.newsml1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.contract.ProviderFields;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.format.ParsedDocument;
import io.wirestream.ingest.format.Samples;
import io.wirestream.testsupport.SharedFiles;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewsMl1ParserTest {

    private final NewsMl1Parser parser = new NewsMl1Parser();

    @Test
    void ownSampleWithTwoItemsIsABatch() {
        ParsedDocument document = parser.parse(Samples.own("nordwire-two-items.newsml1.xml"));
        assertThat(document.batch()).isTrue();
        assertThat(document.items()).hasSize(2);

        ProviderFields first = document.items().get(0).fields();
        assertThat(first.guid()).isEqualTo("urn:newsml:nordwire.example:20240314:ECON-0042");
        assertThat(first.version()).isEqualTo(2);
        assertThat(first.signal()).isEqualTo("update");
        assertThat(first.pubStatus()).isEqualTo("usable");
        assertThat(first.embargo()).isEqualTo(Instant.parse("2024-03-14T11:00:00Z"));
        assertThat(first.firstCreated()).isEqualTo(Instant.parse("2024-03-14T09:42:00Z"));
        assertThat(first.versionCreated()).isEqualTo(Instant.parse("2024-03-14T10:05:00Z"));
        assertThat(first.urgency()).isEqualTo(3);
        assertThat(first.headline()).isEqualTo("Norway and Russia cut cod quota by a fifth");
        assertThat(first.byline()).isEqualTo("Ingrid Solberg");
        assertThat(first.dateline()).isEqualTo("TROMSØ, Norway, March 14");
        assertThat(first.slugline()).isEqualTo("fish-cod-quota");
        assertThat(first.located()).isEqualTo("Tromsø");
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.subjects()).containsExactly("subj:04000000", "subj:04001000");
        assertThat(first.bodyText()).as("the longer caption component is not the body")
                .isEqualTo("TROMSØ, Norway, March 14 (Nordwire) -- Norway and Russia will cut the joint cod quota by"
                        + " 20 percent.\n\nThe catch falls to 362,000 tonnes.");
        assertThat(document.items().get(0).payload()).startsWith("<NewsItem").contains("ECON-0042").doesNotContain("GEN-0007");

        ProviderFields kill = document.items().get(1).fields();
        assertThat(kill.guid()).isEqualTo("urn:newsml:nordwire.example:20240313:GEN-0007");
        assertThat(kill.version()).isEqualTo(3);
        assertThat(kill.signal()).isNull();
        assertThat(kill.pubStatus()).isEqualTo("canceled");
        assertThat(kill.bodyText()).isNull();
    }

    @Test
    void sharedAfpSample() {
        String xml = Samples.shared(SharedFiles.require("standards/newsml-g2/afp_newsml1.2_sample.xml"));
        ParsedDocument document = parser.parse(xml);
        assertThat(document.batch()).isFalse();
        assertThat(document.items().getFirst().payload()).isEqualTo(xml);
        ProviderFields fields = document.items().getFirst().fields();

        assertThat(fields.guid()).isEqualTo("urn:newsml:afp.com:20210516T080625Z:TX-PAR-WGF71");
        assertThat(fields.version()).isEqualTo(1);
        assertThat(fields.pubStatus()).isEqualTo("usable");
        assertThat(fields.urgency()).isEqualTo(4);
        assertThat(fields.headline()).isEqualTo("Israel strikes key Hamas targets as UN Security Council to meet");
        assertThat(fields.dateline()).isEqualTo("Gaza City, Palestinian Territories, May 16, 2021 (AFP) -");
        assertThat(fields.byline()).isEqualTo("Adel Zaanoun with Guillaume Lavallee in Jerusalem");
        assertThat(fields.language()).isEqualTo("en");
        assertThat(fields.located()).isEqualTo("Gaza City");
        assertThat(fields.versionCreated()).isEqualTo(Instant.parse("2021-05-16T08:06:25Z"));
        assertThat(fields.subjects()).contains("subj:16000000", "subj:16002000", "subj:11000000", "subj:02003001");
        assertThat(fields.bodyText()).startsWith("Israel's army said Sunday it had bombed the home of the political leader")
                .contains("\n\nThe heaviest fighting since 2014");
    }

    @Test
    void sharedBusinessWireSampleWithXhtmlBody() {
        String xml = Samples.shared(SharedFiles.require("standards/newsml-g2/businesswire-newsml-20130605006126.xml"));
        ProviderFields fields = parser.parse(xml).items().getFirst().fields();

        assertThat(fields.guid()).isEqualTo("urn:newsml:businesswire.com:20010714:20130605006126");
        assertThat(fields.version()).isEqualTo(1);
        assertThat(fields.headline()).isEqualTo("Cambrios被Gartner評選為「最酷供應商」");
        assertThat(fields.dateline()).isEqualTo("加州桑尼維爾");
        assertThat(fields.slugline()).isEqualTo("CA-CAMBRIOS-TECHNOLOGIES");
        assertThat(fields.language()).isEqualTo("zh");
        assertThat(fields.firstCreated()).isEqualTo(Instant.parse("2013-06-05T21:00:00Z"));
        assertThat(fields.bodyText()).startsWith("(美國商業資訊)--為透明及軟性導體市場提供銀奈米線解決方案的領導廠商")
                .contains("\n\nGartner的研究報告").doesNotContain("bwalignc").doesNotContain("text-align");
    }

    @Test
    void documentWithoutNewsItemIsMalformed() {
        assertThatThrownBy(() -> parser.parse("<NewsML Version=\"1.2\"><NewsEnvelope/></NewsML>"))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED));
    }
}
