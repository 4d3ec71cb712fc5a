package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.contract.DedupeVerdict.Kind;
import io.wirestream.contract.Annotations;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.EventHeaders;
import io.wirestream.contract.Ninjs;
import io.wirestream.contract.EventJson;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.Topics;
import io.wirestream.contract.WireFormat;
import io.wirestream.enrich.decode.RawDecoder;
import io.wirestream.enrich.language.SharedLanguageDetection;
import io.wirestream.testsupport.ContractSchemas;
import io.wirestream.testsupport.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {

    private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");

    @TempDir
    Path stateDir;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, byte[]> enriched;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    @BeforeEach
    void startDriver() {
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, new ArticleAnalyser(SharedLanguageDetection.get()), new EnrichMetrics(meters),
                Clock.fixed(NOW, ZoneOffset.UTC), DedupeStreamSettings.immediate());
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), props);
        raw = driver.createInputTopic(Topics.RAW, Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED, Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
        deadLetters = driver.createOutputTopic(Topics.RAW_DEAD_LETTER, Serdes.ByteArray().deserializer(),
                Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    private static String seedPage() throws IOException {
        return Files.readString(SharedFiles.require("samples/xinhua-2012-11-23-russia-us.txt"));
    }

    private void send(RawArticle article) {
        raw.pipeInput(RawArticles.key(article), EventJson.toBytes(article));
    }

    /** Reads the one pending output record, validating it against the contract schema. */
    private TestRecord<String, byte[]> readValid() {
        TestRecord<String, byte[]> record = enriched.readRecord();
        ContractSchemas.assertValid(Topics.ENRICHED, record.value());
        return record;
    }

    private static EnrichedArticle article(TestRecord<String, byte[]> record) {
        return EventJson.fromBytes(record.value(), EnrichedArticle.class);
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void seedPageBecomesOneEnrichedOriginalKeyedByItsStory() throws IOException {
        RawArticle page = RawArticles.page("xinhua-web", WireFormat.TEXT, seedPage());
        send(page);

        TestRecord<String, byte[]> record = readValid();
        assertThat(enriched.isEmpty()).isTrue();
        EnrichedArticle article = article(record);
        assertThat(record.key()).isEqualTo(page.id()).isEqualTo(article.dedupe().story());
        assertThat(article.dedupe().kind()).isEqualTo(Kind.ORIGINAL);
        assertThat(article.item().mainHeadline()).isEqualTo("Russia, U.S. seek common development amid arm-wrestling");
        String[] paragraphs = article.item().body("text/plain").split("\n\n");
        assertThat(paragraphs).hasSize(17);
        assertThat(paragraphs[0]).startsWith("Russia and the United States are trying to seek common development");
        assertThat(article.dateline().place()).isEqualTo("MOSCOW");
        assertThat(article.dateline().date()).isEqualTo("Nov. 23");
        assertThat(article.dateline().agency()).isEqualTo("Xinhua");
        assertThat(article.item().located()).isEqualTo("Moscow");
        assertThat(article.item().language()).isEqualTo("en");
        assertThat(article.enrichedAt()).isEqualTo(NOW);
        // the tagger's findings travel in the ninjs item, with Wirestream's stable ids as literals
        assertThat(article.item().people()).extracting(Ninjs.Entity::name).contains("Sergei Lavrov", "Vladimir Putin");
        assertThat(article.item().people()).extracting(Ninjs.Entity::literal).contains("wirestream:person:sergei-lavrov");
        assertThat(article.item().places()).extracting(Ninjs.Entity::name).contains("United States", "Moscow");
        assertThat(article.item().organisations()).extracting(Ninjs.Entity::name).contains("Kremlin");
        assertThat(article.item().subjects().getFirst().literal()).isEqualTo("medtop:11000000");
        assertThat(article.item().subjects().getFirst().uri()).isEqualTo("http://cv.iptc.org/newscodes/mediatopic/11000000");
        // what ninjs has no room for travels in the annotations, joined by id = ninjs literal
        Annotations.TaggedEntity lavrov = article.annotations().ofType(Annotations.EntityType.PERSON).stream()
                .filter(e -> e.id().equals("wirestream:person:sergei-lavrov")).findFirst().orElseThrow();
        assertThat(lavrov.roles()).contains("Foreign Minister");
        assertThat(lavrov.surfaceForms()).contains("Lavrov");
        assertThat(article.annotations().keywords()).isNotEmpty();

        Headers headers = record.headers();
        assertThat(header(headers, EventHeaders.CE_TYPE)).isEqualTo(EventHeaders.ENRICHED_EVENT_TYPE);
        assertThat(header(headers, EventHeaders.CE_SOURCE)).isEqualTo("/wirestream/enrich");
        assertThat(header(headers, EventHeaders.CE_SPECVERSION)).isEqualTo("1.0");
        assertThat(header(headers, EventHeaders.CE_SUBJECT)).isEqualTo(page.id());
        assertThat(header(headers, EventHeaders.CE_TIME)).isEqualTo(NOW.toString());
        assertThat(header(headers, EventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(headers.lastHeader(EventHeaders.CE_ID)).isNotNull();
        assertThat(headers.lastHeader("__TypeId__")).isNull();
        assertThat(meters.counter(EnrichMetrics.PROCESSED, "verdict", "original").count()).isEqualTo(1);
    }

    @Test
    void samePageAgainIsAnExactDuplicateOfTheFirst() throws IOException {
        RawArticle page = RawArticles.page("xinhua-web", WireFormat.TEXT, seedPage());
        send(page);
        send(page);

        List<TestRecord<String, byte[]>> records = enriched.readRecordsToList();
        assertThat(records).hasSize(2);
        EnrichedArticle repeat = article(records.get(1));
        ContractSchemas.assertValid(Topics.ENRICHED, records.get(1).value());
        assertThat(repeat.dedupe().kind()).isEqualTo(Kind.EXACT);
        assertThat(repeat.dedupe().of()).isEqualTo(page.id());
        assertThat(repeat.dedupe().story()).isEqualTo(page.id());
        assertThat(records.get(1).key()).isEqualTo(page.id());
    }

    @Test
    void sameBodyFromAnotherSourceJoinsTheFirstStory() {
        RawArticle first = RawArticles.ninjs("wire-a", "a-1", 1, "Port reopens", "The port reopened on Monday after a week.\n\nShips queued outside.");
        RawArticle copy = RawArticles.ninjs("outlet-b", "b-9", 1, "Port is open again",
                "The port reopened on Monday after a week.\r\n\r\nShips  queued outside.");
        send(first);
        send(copy);

        List<TestRecord<String, byte[]>> records = enriched.readRecordsToList();
        assertThat(records).hasSize(2);
        EnrichedArticle duplicate = article(records.get(1));
        ContractSchemas.assertValid(Topics.ENRICHED, records.get(1).value());
        assertThat(duplicate.id()).isEqualTo(copy.id());
        assertThat(duplicate.dedupe().kind()).isEqualTo(Kind.EXACT);
        assertThat(duplicate.dedupe().of()).isEqualTo(first.id());
        assertThat(duplicate.dedupe().story()).isEqualTo(first.id());
        assertThat(records.get(1).key()).isEqualTo(first.id());
    }

    @Test
    void providerVersionTwoIsAVersionOfVersionOne() {
        RawArticle v1 = RawArticles.ninjs("wire-a", "a-2", 1, "Storm nears coast", "A storm is nearing the coast tonight.");
        RawArticle v2 = RawArticles.ninjs("wire-a", "a-2", 2, "Storm hits coast", "The storm hit the coast overnight.");
        send(v1);
        send(v2);

        List<TestRecord<String, byte[]>> records = enriched.readRecordsToList();
        assertThat(records).hasSize(2);
        EnrichedArticle second = article(records.get(1));
        ContractSchemas.assertValid(Topics.ENRICHED, records.get(1).value());
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.item().version()).isEqualTo("2");
        assertThat(second.dedupe().kind()).isEqualTo(Kind.VERSION);
        assertThat(second.dedupe().of()).isEqualTo(v1.id());
        assertThat(second.dedupe().story()).isEqualTo(v1.id());
        assertThat(records.get(1).key()).isEqualTo(v1.id());
    }

    @Test
    void aCorrectionCarriesItsSignalSoPublishCanMarkIt() {
        Instant received = Instant.parse("2026-11-20T10:00:00Z");
        send(RawArticles.ninjs("wire-a", "a-4", 1, "Mayor resigns", "The mayor resigned on Tuesday.", received,
                "usable", null));
        send(RawArticles.ninjs("wire-a", "a-4", 2, "Mayor resigns", "The mayor resigned on Wednesday.",
                received.plusSeconds(600), "usable", "correction"));

        List<TestRecord<String, byte[]>> records = enriched.readRecordsToList();
        assertThat(records).hasSize(2);
        ContractSchemas.assertValid(Topics.ENRICHED, records.get(1).value());
        assertThat(article(records.get(0)).provenance().signal()).isNull();
        EnrichedArticle correction = article(records.get(1));
        assertThat(correction.provenance().correction()).isTrue();
        assertThat(correction.dedupe().kind()).isEqualTo(Kind.VERSION);
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheStreamGoesOn() {
        byte[] poison = "{not json".getBytes(StandardCharsets.UTF_8);
        raw.pipeInput("bad-key".getBytes(StandardCharsets.UTF_8), poison);
        RawArticle good = RawArticles.ninjs("wire-a", "a-3", 1, "Bridge reopens", "The bridge reopened on Friday morning.");
        send(good);

        TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("bad-key");
        assertThat(header(dead.headers(), EventHeaders.ERROR_STAGE)).isEqualTo(RawDecoder.STAGE);
        assertThat(header(dead.headers(), EventHeaders.ERROR_CLASS)).startsWith("tools.jackson").endsWith("Exception");
        assertThat(header(dead.headers(), EventHeaders.ERROR_MESSAGE)).isNotBlank();
        assertThat(header(dead.headers(), EventHeaders.ORIGINAL_TOPIC)).isEqualTo(Topics.RAW);
        assertThat(header(dead.headers(), EventHeaders.ORIGINAL_PARTITION)).isEqualTo("0");
        assertThat(header(dead.headers(), EventHeaders.ORIGINAL_OFFSET)).isEqualTo("0");
        assertThat(deadLetters.isEmpty()).isTrue();

        EnrichedArticle next = article(readValid());
        assertThat(next.id()).isEqualTo(good.id());
        assertThat(meters.counter(EnrichMetrics.DEAD_LETTERED, "stage", "decode").count()).isEqualTo(1);
    }

    @Test
    void pageWithoutBodyIsDeadLetteredWithTheExtractionStage() {
        RawArticle empty = RawArticles.page("site", WireFormat.HTML, "<html><body><nav><a href='/'>Home</a></nav></body></html>");
        byte[] bytes = EventJson.toBytes(empty);
        raw.pipeInput(RawArticles.key(empty), bytes);

        TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
        assertThat(dead.value()).isEqualTo(bytes);
        assertThat(header(dead.headers(), EventHeaders.ERROR_STAGE)).isEqualTo("extract");
        assertThat(enriched.isEmpty()).isTrue();
    }
}
