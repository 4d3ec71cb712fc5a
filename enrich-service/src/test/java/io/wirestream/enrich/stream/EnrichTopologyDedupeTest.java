package io.wirestream.enrich.stream;

import static io.wirestream.enrich.dedupe.Stories.FERRY;
import static io.wirestream.enrich.dedupe.Stories.market;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.contract.DedupeVerdict.Kind;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.EventJson;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.Topics;
import io.wirestream.enrich.dedupe.DedupeSettings;
import io.wirestream.enrich.event.EventStories;
import io.wirestream.enrich.language.SharedLanguageDetection;
import io.wirestream.testsupport.ContractSchemas;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dedupe verdicts as the topology emits them: near, short version, templates, versions, kills, order. */
class EnrichTopologyDedupeTest {

    private static final Instant T0 = Instant.parse("2025-05-02T08:00:00Z");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, byte[]> enriched;

    private void start(DedupeStreamSettings settings) {
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, new ArticleAnalyser(SharedLanguageDetection.get()),
                new EnrichMetrics(new SimpleMeterRegistry()), Clock.fixed(T0, ZoneOffset.UTC), settings);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-dedupe-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), props);
        raw = driver.createInputTopic(Topics.RAW, Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED, Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    /** Timestamped with its received time, as ingest's records are (the driver runs one task, one stream time). */
    private void send(RawArticle article) {
        raw.pipeInput(RawArticles.key(article), EventJson.toBytes(article), article.receivedAt());
    }

    private static RawArticle wire(String source, String guid, int version, String body, int minutes) {
        return RawArticles.ninjs(source, guid, version, "Ferry to stop for six weeks", body, T0.plusSeconds(minutes * 60L),
                "usable", null);
    }

    /** All pending output, each validated against the contract schema. */
    private List<TestRecord<String, EnrichedArticle>> output() {
        return enriched.readRecordsToList().stream().map(r -> {
            ContractSchemas.assertValid(Topics.ENRICHED, r.value());
            return new TestRecord<>(r.key(), EventJson.fromBytes(r.value(), EnrichedArticle.class), r.headers(),
                    r.timestamp());
        }).toList();
    }

    @Test
    void lightlyEditedCopyFromAnotherOutletIsNearAndJoinsTheStory() {
        start(DedupeStreamSettings.immediate());
        RawArticle original = wire("wire-a", "f-1", 1, FERRY, 0);
        RawArticle copy = wire("outlet-b", "b-77", 1, FERRY.replace("engineers", "enginers")
                + "\n\n© 2025 Valley News. All rights reserved.", 5);
        send(original);
        send(copy);

        List<TestRecord<String, EnrichedArticle>> out = output();
        assertThat(out).hasSize(2);
        assertThat(out.get(0).value().dedupe().kind()).isEqualTo(Kind.ORIGINAL);
        EnrichedArticle near = out.get(1).value();
        assertThat(near.dedupe().kind()).isEqualTo(Kind.NEAR);
        assertThat(near.dedupe().of()).isEqualTo(original.id());
        assertThat(near.dedupe().story()).isEqualTo(original.id()).isEqualTo(out.get(1).key());
        assertThat(near.dedupe().similarity()).isGreaterThan(0.65);
    }

    @Test
    void shortVersionIsNear() {
        start(DedupeStreamSettings.immediate());
        RawArticle original = wire("wire-a", "f-2", 1, FERRY, 0);
        String[] paragraphs = FERRY.split("\n\n");
        RawArticle shortVersion = wire("outlet-c", "c-1", 1, String.join("\n\n", List.of(paragraphs).subList(0, 4)), 9);
        send(original);
        send(shortVersion);

        EnrichedArticle result = output().get(1).value();
        assertThat(result.dedupe().kind()).isEqualTo(Kind.NEAR);
        assertThat(result.dedupe().of()).isEqualTo(original.id());
    }

    @Test
    void templatedReportsAreNotMerged() {
        start(DedupeStreamSettings.immediate());
        send(wire("wire-m", "m-1", 1, market("Northwind Traders", 2.4, 31.20, 121, 15234.10), 0));
        send(wire("wire-m", "m-2", 1, market("Helios Energy", 1.1, 8.75, 87, 15102.45), 60));

        List<TestRecord<String, EnrichedArticle>> out = output();
        assertThat(out).extracting(r -> r.value().dedupe().kind()).containsExactly(Kind.ORIGINAL, Kind.ORIGINAL);
        assertThat(out.get(0).key()).isNotEqualTo(out.get(1).key());
    }

    @Test
    void aReportInOtherWordsKeepsItsOwnStoryAndCarriesASameEventLink() {
        start(DedupeStreamSettings.immediate());
        RawArticle original = wire("wire-a", "f-5", 1, FERRY, 0);
        RawArticle retold = wire("outlet-r", "r-1", 1, EventStories.FERRY_RETOLD, 120);
        RawArticle budget = wire("outlet-r", "r-2", 1, EventStories.EASTPORT_BUDGET, 180);
        send(original);
        send(retold);
        send(budget);

        List<TestRecord<String, EnrichedArticle>> out = output();
        assertThat(out).hasSize(3);
        assertThat(out.get(0).value().dedupe().sameEvent()).isNull();
        EnrichedArticle linked = out.get(1).value();
        assertThat(linked.dedupe().kind()).isEqualTo(Kind.ORIGINAL);
        assertThat(linked.dedupe().story()).isEqualTo(retold.id()).isEqualTo(out.get(1).key());
        assertThat(linked.dedupe().sameEvent().story()).isEqualTo(original.id());
        assertThat(linked.dedupe().sameEvent().of()).isEqualTo(original.id());
        assertThat(out.get(2).value().dedupe().sameEvent()).isNull();
    }

    @Test
    void killAndCorrectionAreLinkedByProviderIdentity() {
        start(DedupeStreamSettings.immediate());
        RawArticle v1 = wire("wire-a", "f-3", 1, FERRY, 0);
        RawArticle correction = RawArticles.ninjs("wire-a", "f-3", 2, "Correction",
                "CORRECTION: The work will cost 3.2 million euros, not 3.1 million as reported.", T0.plusSeconds(600),
                "usable", "correction");
        RawArticle kill = RawArticles.ninjs("wire-a", "f-3", 3, "Kill",
                "KILL: The story slugged FERRY has been withdrawn. Please remove it from all systems.",
                T0.plusSeconds(900), "canceled", null);
        send(v1);
        send(correction);
        send(kill);

        List<TestRecord<String, EnrichedArticle>> out = output();
        assertThat(out).hasSize(3);
        assertThat(out.get(1).value().dedupe().kind()).isEqualTo(Kind.VERSION);
        assertThat(out.get(1).value().dedupe().of()).isEqualTo(v1.id());
        EnrichedArticle killed = out.get(2).value();
        assertThat(killed.dedupe().kind()).isEqualTo(Kind.KILL);
        assertThat(killed.dedupe().of()).isEqualTo(v1.id());
        assertThat(killed.item().pubStatus()).isEqualTo("canceled");
        assertThat(out).extracting(TestRecord::key).containsOnly(v1.id());
    }

    @Test
    void articlesWaitForEarlierReceivedOnesAndAreDecidedInReceivedOrder() {
        start(new DedupeStreamSettings(DedupeSettings.defaults(), Duration.ofHours(1), Duration.ofSeconds(2), "all"));
        RawArticle early = wire("outlet-e", "e-1", 1, FERRY, 0);
        RawArticle late = wire("outlet-l", "l-1", 1, FERRY, 10);
        send(late); // arrives first, but was received ten minutes after the other
        send(early);
        assertThat(output()).isEmpty();

        driver.advanceWallClockTime(Duration.ofSeconds(3));
        List<TestRecord<String, EnrichedArticle>> out = output();
        assertThat(out).extracting(r -> r.value().id()).containsExactly(early.id(), late.id());
        assertThat(out.get(0).value().dedupe().kind()).isEqualTo(Kind.ORIGINAL);
        assertThat(out.get(1).value().dedupe().kind()).isEqualTo(Kind.EXACT);
        assertThat(out.get(1).value().dedupe().of()).isEqualTo(early.id());
    }
}
