package io.wirestream.enrich.stream;

import static io.wirestream.enrich.dedupe.Stories.FERRY;
import static io.wirestream.enrich.dedupe.Stories.market;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.DedupeVerdict.Kind;
import io.wirestream.contract.EventJson;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.Topics;
import io.wirestream.enrich.dedupe.DedupeSettings;
import io.wirestream.enrich.event.EventStories;
import io.wirestream.enrich.language.SharedLanguageDetection;
import io.wirestream.testsupport.SharedKafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dedupe against the real broker: one instance, three instances, and one instance that loses its
 * local state half way and restores it from the changelogs must all give the same verdicts,
 * same-event links included.
 */
class DedupeScalingIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    // only the idle flush releases articles here, so the verdicts cannot depend on how partitions interleave
    private static final DedupeStreamSettings SETTINGS =
            new DedupeStreamSettings(DedupeSettings.defaults(), Duration.ofDays(1), Duration.ofSeconds(4), "all");

    @TempDir
    Path stateRoot;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    static void topics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers()))) {
            for (String topic : List.of(Topics.RAW, Topics.ENRICHED, Topics.RAW_DEAD_LETTER)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    @Test
    void oneThreeAndRestoredInstancesGiveTheSameVerdicts() throws Exception {
        List<RawArticle> first = firstHalf();
        List<RawArticle> second = secondHalf();
        int total = first.size() + second.size();

        // an instance decides the first half, then loses its disk; its replacement restores the stores
        String restoredApp = "dedupe-restore-" + run;
        Map<String, DedupeVerdict> restored = new ConcurrentHashMap<>();
        produce(first);
        try (Instances one = start(restoredApp, 1, restored, "a")) {
            awaitVerdicts(restored, first.size());
        }
        produce(second);
        try (Instances replacement = start(restoredApp, 1, restored, "b")) {
            awaitVerdicts(restored, total);
        }

        Map<String, DedupeVerdict> single = new ConcurrentHashMap<>();
        try (Instances one = start("dedupe-one-" + run, 1, single, "c")) {
            awaitVerdicts(single, total);
        }
        Map<String, DedupeVerdict> three = new ConcurrentHashMap<>();
        try (Instances many = start("dedupe-three-" + run, 3, three, "d")) {
            awaitVerdicts(three, total);
        }

        assertThat(three).isEqualTo(single);
        assertThat(restored).isEqualTo(single);
        String ferry = first.getFirst().id();
        assertThat(single.get(key(first.getFirst()))).isEqualTo(DedupeVerdict.original(ferry));
        assertThat(single.values()).filteredOn(v -> v.kind() == Kind.NEAR).hasSize(2).allMatch(v -> v.of().equals(ferry));
        assertThat(single.values()).filteredOn(v -> v.kind() == Kind.EXACT).hasSize(1);
        assertThat(single.values()).filteredOn(v -> v.kind() == Kind.VERSION).hasSize(1);
        assertThat(single.values()).filteredOn(v -> v.kind() == Kind.KILL).hasSize(1);
        assertThat(single.values()).filteredOn(v -> v.kind() == Kind.ORIGINAL).hasSize(1 + 6 + 1);
        // the retold story is decided after the restore: its same-event link needs the restored event stores
        RawArticle retold = second.get(second.size() - 1);
        DedupeVerdict retoldVerdict = single.get(key(retold));
        assertThat(retoldVerdict.story()).isEqualTo(retold.id());
        assertThat(retoldVerdict.sameEvent()).isNotNull();
        assertThat(retoldVerdict.sameEvent().story()).isEqualTo(ferry);
        assertThat(single.values()).filteredOn(v -> v.sameEvent() != null).hasSize(1);
    }

    /** The ferry story from the wire, six templated market reports. */
    private List<RawArticle> firstHalf() {
        List<RawArticle> articles = new ArrayList<>();
        articles.add(wire("wire", "ferry-" + run, 1, FERRY, 0, "usable", null));
        Random random = new Random(7);
        for (int i = 0; i < 6; i++) {
            articles.add(wire("wire", "market-" + i + "-" + run, 1, market("Company " + (char) ('A' + i), 0.5 + random.nextInt(50) / 10.0,
                    5 + random.nextInt(9000) / 100.0, 20 + random.nextInt(150), 14000 + random.nextInt(2000)), 1 + i, "usable", null));
        }
        return articles;
    }

    /**
     * Copies of the ferry story (sent in an order that differs from their received order), a version,
     * a kill, and the story told again in other words by another outlet (last).
     */
    private List<RawArticle> secondHalf() {
        String[] paragraphs = FERRY.split("\n\n");
        List<RawArticle> articles = new ArrayList<>();
        articles.add(wire("outlet-short", "s-" + run, 1, String.join("\n\n", List.of(paragraphs).subList(0, 4)), 30, "usable", null));
        articles.add(wire("outlet-near", "n-" + run, 1, FERRY.replace("engineers", "enginers") + "\n\nReporting by Lena Holt.", 20,
                "usable", null));
        articles.add(wire("outlet-exact", "e-" + run, 1, FERRY.replace("\n\n", "\r\n\r\n").replace("'", "’"), 25, "usable", null));
        articles.add(wire("wire", "ferry-" + run, 2, "UPDATE: the city now says the closure will last eight weeks.", 40,
                "usable", "update"));
        articles.add(wire("wire", "ferry-" + run, 3, "KILL: the ferry story has been withdrawn.", 50, "canceled", null));
        articles.add(wire("outlet-retold", "r-" + run, 1, EventStories.FERRY_RETOLD, 55, "usable", null));
        return articles;
    }

    private RawArticle wire(String source, String guid, int version, String body, int minutes, String pubStatus, String signal) {
        return RawArticles.ninjs(source + "-" + run, guid, version, "Headline " + guid, body, t0.plusSeconds(minutes * 60L),
                pubStatus, signal);
    }

    private static String key(RawArticle article) {
        return article.id() + "/" + article.provider().version();
    }

    private void produce(List<RawArticle> articles) throws Exception {
        List<RawArticle> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(11));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (RawArticle article : shuffled) {
                producer.send(new ProducerRecord<>(Topics.RAW, null, article.receivedAt().toEpochMilli(),
                        RawArticles.key(article), EventJson.toBytes(article))).get();
            }
        }
    }

    private void awaitVerdicts(Map<String, DedupeVerdict> verdicts, int expected) {
        long started = System.nanoTime();
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> verdicts.size() >= expected);
        System.out.printf("%d verdicts after %d ms%n", expected, (System.nanoTime() - started) / 1_000_000);
        // a late duplicate emission would show up here
        assertThat(verdicts).hasSize(expected);
    }

    /** {@code count} Kafka Streams instances of one application, each with its own state folder. */
    private Instances start(String applicationId, int count, Map<String, DedupeVerdict> sink, String label) throws Exception {
        List<KafkaStreams> instances = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StreamsBuilder builder = new StreamsBuilder();
            EnrichTopology.build(builder, new ArticleAnalyser(SharedLanguageDetection.get()),
                    new EnrichMetrics(new SimpleMeterRegistry()), Clock.systemUTC(), SETTINGS)
                    .foreach((story, article) -> {
                        if (article.provenance().source().endsWith(run)) {
                            DedupeVerdict previous = sink.put(article.id() + "/" + article.version(), article.dedupe());
                            assertThat(previous).as("second verdict for %s", article.id()).isNull();
                        }
                    });
            Properties props = new Properties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
            props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers());
            props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createDirectories(stateRoot.resolve(label + i)).toString());
            props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
            props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
            props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
            // a closed Streams member does not leave its group: keep the wait for its session short
            props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6000);
            props.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1000);
            KafkaStreams streams = new KafkaStreams(builder.build(), props);
            streams.start();
            instances.add(streams);
        }
        long started = System.nanoTime();
        await().atMost(TIMEOUT).until(() -> instances.stream().allMatch(s -> s.state() == KafkaStreams.State.RUNNING));
        System.out.printf("%s: %d instance(s) running after %d ms%n", label, count, (System.nanoTime() - started) / 1_000_000);
        return new Instances(instances);
    }

    private record Instances(List<KafkaStreams> streams) implements AutoCloseable {
        @Override
        public void close() {
            streams.forEach(s -> s.close(Duration.ofSeconds(30)));
        }
    }
}
