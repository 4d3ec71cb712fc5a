package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.EventJson;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.Topics;
import io.wirestream.contract.WireFormat;
import io.wirestream.enrich.language.SharedLanguageDetection;
import io.wirestream.testsupport.ContractSchemas;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A news web page goes through the whole enrich topology and what the page states about itself –
 * headline, byline, publish time with its own offset, language, dateline, site, canonical URL,
 * image, update time – arrives in the enriched event.
 */
class PageMetadataTopologyTest {

    private static final Instant NOW = Instant.parse("2025-06-02T08:00:00Z");

    /** Our own page: late-evening publication west of UTC, so converting to UTC would change the day. */
    private static final String PAGE = """
            <!doctype html>
            <html lang="en-US"><head><meta charset="utf-8">
            <title>Harbour cranes halted as dock workers strike | Coastline Gazette</title>
            <meta property="og:site_name" content="Coastline Gazette">
            <meta property="og:title" content="Harbour cranes halted as dock workers strike | Coastline Gazette">
            <meta property="og:image" content="https://img.coastline.example/2025/06/cranes.jpg">
            <link rel="canonical" href="https://coastline.example/news/2025/06/01/harbour-cranes-halted">
            <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle",
             "headline":"Harbour cranes halted as dock workers strike",
             "datePublished":"2025-06-01T22:45:00-04:00","dateModified":"2025-06-02T01:10:00-04:00",
             "author":[{"@type":"Person","name":"Maria Ostrowski"},{"@type":"Person","name":"Tom Ellery"}],
             "publisher":{"@type":"Organization","name":"Coastline Gazette"}}
            </script></head>
            <body>
            <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
            <main><article>
            <h1>Harbour cranes halted as dock workers strike</h1>
            <p class="byline">By Maria Ostrowski and Tom Ellery</p>
            <time datetime="2025-06-01T22:45:00-04:00">June 1, 2025, 10:45 p.m.</time>
            <p>HALIFAX, June 1 (Reuters) - Container cranes at the city's deep-water terminal stood still on Sunday
            night after dock workers walked off the job over a dispute about automated gates and shift lengths.</p>
            <p>The union said about 900 members joined the strike, which began at the evening shift change and left
            four ships waiting at anchor outside the harbour mouth while their crews waited for news.</p>
            <p>Terminal operators said talks would resume on Monday morning and that perishable cargo would be
            moved to a second berth where managers could still work the cranes for a few hours.</p>
            <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Port traffic climbs to record</a></li>
            <li><a href="/b">Union elects new leadership</a></li></ul></aside>
            </article></main>
            <footer>© 2025 Coastline Gazette. All rights reserved.</footer>
            </body></html>
            """;

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, byte[]> enriched;

    @BeforeEach
    void startDriver() {
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, new ArticleAnalyser(SharedLanguageDetection.get()),
                new EnrichMetrics(new SimpleMeterRegistry()), Clock.fixed(NOW, ZoneOffset.UTC),
                DedupeStreamSettings.immediate());
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "page-metadata-topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), props);
        raw = driver.createInputTopic(Topics.RAW, Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED, Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void webPageMetadataReachesTheEnrichedEvent() {
        RawArticle page = RawArticles.page("coastline-web", WireFormat.HTML, PAGE);
        raw.pipeInput(RawArticles.key(page), EventJson.toBytes(page));

        byte[] value = enriched.readRecord().value();
        ContractSchemas.assertValid(Topics.ENRICHED, value);
        assertThat(enriched.isEmpty()).isTrue();
        EnrichedArticle article = EventJson.fromBytes(value, EnrichedArticle.class);

        // ninjs: the article's headline (no site suffix), byline, publish time in the page's own offset
        assertThat(article.item().mainHeadline()).isEqualTo("Harbour cranes halted as dock workers strike");
        assertThat(article.item().by()).contains("Maria Ostrowski").contains("Tom Ellery");
        OffsetDateTime published = OffsetDateTime.parse("2025-06-01T22:45:00-04:00");
        assertThat(article.item().firstCreated()).isEqualTo(published);
        assertThat(article.item().firstCreated().getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
        assertThat(article.item().firstCreated().toLocalDate()).hasToString("2025-06-01");
        assertThat(article.item().language()).isEqualTo("en");
        assertThat(article.item().located()).isEqualTo("Halifax");
        assertThat(article.dateline().agency()).isEqualTo("Reuters");
        String body = article.item().body("text/plain");
        // the dateline travels in its own fields, the body starts with the story
        assertThat(body).startsWith("Container cranes at the city").doesNotContain("HALIFAX").contains("second berth")
                .doesNotContain("Related stories").doesNotContain("Port traffic").doesNotContain("All rights reserved");

        // the page block: what ninjs has no plain field for
        assertThat(article.page()).isNotNull();
        assertThat(article.page().siteName()).isEqualTo("Coastline Gazette");
        assertThat(article.page().canonicalUrl()).isEqualTo("https://coastline.example/news/2025/06/01/harbour-cranes-halted");
        assertThat(article.page().imageUrl()).isEqualTo("https://img.coastline.example/2025/06/cranes.jpg");
        assertThat(article.page().authors()).isEqualTo(List.of("Maria Ostrowski", "Tom Ellery"));
        assertThat(article.page().modified()).isEqualTo(OffsetDateTime.parse("2025-06-02T01:10:00-04:00"));
        assertThat(article.page().modified().getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
    }
}
