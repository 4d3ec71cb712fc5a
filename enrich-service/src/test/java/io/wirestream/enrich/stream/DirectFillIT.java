package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.EventJson;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.Topics;
import io.wirestream.enrich.dedupe.DedupeSettings;
import io.wirestream.enrich.dedupe.bench.SyntheticWire;
import io.wirestream.enrich.event.EventSettings;
import io.wirestream.enrich.language.SharedLanguageDetection;
import io.wirestream.testsupport.SharedKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restore benchmark's direct fill must write what the topology writes. The same raw records
 * (synthetic wire articles with copies, near duplicates and templated reports, plus provider
 * updates of some items) go through the real topology on the in-JVM broker and through
 * {@link DirectFill} into a second application's changelogs. Per store, both changelogs must hold
 * the same keys, each with the same values in the same order (tombstones included), hence the same
 * record count. The order across keys may differ (it follows when the topology released articles).
 * A direct fill without drafts (no language detection and tagging) must write the same records to
 * every store but dedupe-pending, and none there.
 */
class DirectFillIT {

    /** Past SyntheticWire's first 2,000 articles, which are all originals. */
    private static final int FIRST = 2_000;
    private static final int ARTICLES = 800;
    // released by the idle flush only, so received order decides, however the raw partitions interleave
    private static final DedupeStreamSettings SETTINGS =
            new DedupeStreamSettings(DedupeSettings.defaults(), Duration.ofDays(1), Duration.ofSeconds(4), "all");
    // the 800 articles span 35 minutes: a 10-minute event window makes the linker delete postings too
    private static final EventSettings EVENTS = EventSettings.withWindow(Duration.ofMinutes(10));

    @TempDir
    Path stateDir;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String topologyApp = "fill-topology-" + run;
    private final String directApp = "fill-direct-" + run;
    private final String withoutDraftsApp = "fill-direct-no-drafts-" + run;

    @Test
    void directFillWritesTheChangelogRecordsOfTheTopology() throws Exception {
        String bootstrap = SharedKafkaBroker.bootstrapServers();
        List<RawArticle> articles = articles();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            createRawTopic(admin);
            startAtTheEndOfTheRawTopic(admin);
            List<DirectFill.RawRecord> sent = produce(bootstrap, articles);

            ArticleAnalyser analyser = new ArticleAnalyser(SharedLanguageDetection.get());
            Set<String> decided = ConcurrentHashMap.newKeySet();
            try (KafkaStreams topology = start(bootstrap, analyser, decided)) {
                await().atMost(Duration.ofSeconds(120)).until(() -> decided.size() >= articles.size());
            }
            DirectFill.createChangelogTopics(admin, directApp, Map.of());
            DirectFill.createChangelogTopics(admin, withoutDraftsApp, Map.of());
            for (boolean drafts : new boolean[] {true, false}) {
                try (DirectFill direct = new DirectFill(bootstrap, drafts ? directApp : withoutDraftsApp, analyser, SETTINGS,
                        EVENTS)) {
                    direct.add(sent, drafts);
                    direct.finish();
                    System.out.println("direct fill verdicts: " + direct.verdicts());
                    assertThat(direct.verdicts().get(DedupeVerdict.Kind.NEAR)).as("near duplicates in the set").isGreaterThan(10);
                    assertThat(direct.verdicts().get(DedupeVerdict.Kind.VERSION)).as("versions in the set").isGreaterThan(10);
                }
            }
        }
        for (String store : DirectFill.STORES) {
            Map<String, List<String>> expected = changelog(bootstrap, topologyApp, store);
            long records = expected.values().stream().mapToLong(List::size).sum();
            long tombstones = expected.values().stream().flatMap(List::stream).filter(v -> v == null).count();
            System.out.printf("%-18s %,7d records, %,6d keys, %,6d tombstones%n", store, records, expected.size(), tombstones);
            assertThat(records).as("%s: records", store).isGreaterThan(0);
            if (store.equals(EnrichTopology.EVENT_POSTING_STORE) || store.equals(EnrichTopology.PENDING_STORE)) {
                assertThat(tombstones).as("%s: deletes", store).isGreaterThan(0);
            }
            assertSameRecords(store, changelog(bootstrap, directApp, store), expected);
            if (!store.equals(EnrichTopology.PENDING_STORE)) {
                // without language and tags: only the drafts differ, and they are not written
                assertSameRecords(store + " (no drafts)", changelog(bootstrap, withoutDraftsApp, store), expected);
            }
        }
        assertThat(changelog(bootstrap, withoutDraftsApp, EnrichTopology.PENDING_STORE)).isEmpty();
    }

    private static void assertSameRecords(String store, Map<String, List<String>> actual, Map<String, List<String>> expected) {
        assertThat(actual.keySet()).as("%s: keys", store).isEqualTo(expected.keySet());
        for (String key : expected.keySet()) {
            assertThat(actual.get(key)).as("%s: values of %s", store, key).isEqualTo(expected.get(key));
        }
    }

    /** Synthetic wire articles, and an update of every 50th item (a second version of its text). */
    private List<RawArticle> articles() {
        SyntheticWire wire = new SyntheticWire(2026);
        List<RawArticle> articles = new ArrayList<>();
        for (int n = FIRST; n < FIRST + ARTICLES; n++) {
            RawArticle raw = RawArticles.synthetic(wire, n);
            articles.add(raw);
            if (n % 50 == 0) {
                var p = raw.provider();
                articles.add(RawArticles.ninjs(raw.source(), p.guid(), 2, p.headline(), p.bodyText() + "\n\nThis story was updated.",
                        raw.receivedAt().plusSeconds(1), "usable", "update"));
            }
        }
        return articles;
    }

    private static void createRawTopic(Admin admin) throws Exception {
        try {
            admin.createTopics(List.of(new NewTopic(Topics.RAW, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    /** Other tests of this JVM wrote to the raw topic before: the topology must read only this test's records. */
    private void startAtTheEndOfTheRawTopic(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < 3; p++) {
            latest.put(new TopicPartition(Topics.RAW, p), OffsetSpec.latest());
        }
        Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((tp, info) -> start.put(tp, new OffsetAndMetadata(info.offset())));
        admin.alterConsumerGroupOffsets(topologyApp, start).all().get();
    }

    /** Sends the articles as ingest would and returns them as the topology will read them (partition and offset). */
    private static List<DirectFill.RawRecord> produce(String bootstrap, List<RawArticle> articles) throws Exception {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        List<DirectFill.RawRecord> records = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.LINGER_MS_CONFIG, 20))) {
            for (RawArticle raw : articles) {
                sent.add(producer.send(new ProducerRecord<>(Topics.RAW, null, raw.receivedAt().toEpochMilli(), RawArticles.key(raw),
                        EventJson.toBytes(raw))));
            }
            for (int i = 0; i < articles.size(); i++) {
                RecordMetadata at = sent.get(i).get();
                records.add(DirectFill.rawRecord(articles.get(i), at.partition(), at.offset()));
            }
        }
        return records;
    }

    private KafkaStreams start(String bootstrap, ArticleAnalyser analyser, Set<String> decided) throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, analyser, new EnrichMetrics(new SimpleMeterRegistry()), Clock.systemUTC(), SETTINGS, EVENTS)
                .foreach((story, article) -> decided.add(article.id() + "/" + article.version()));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, topologyApp);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createDirectories(stateDir.resolve("topology")).toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        KafkaStreams streams = new KafkaStreams(builder.build(), props);
        streams.start();
        return streams;
    }

    /** A store's changelog as key → its values in log order (null for a tombstone), committed records only. */
    private static Map<String, List<String>> changelog(String bootstrap, String application, String store) {
        TopicPartition partition = new TopicPartition(DirectFill.changelogTopic(application, store), 0);
        Map<String, List<String>> values = new TreeMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    values.computeIfAbsent(new String(r.key(), StandardCharsets.UTF_8), k -> new ArrayList<>())
                            .add(r.value() == null ? null : printable(r.value()));
                }
            }
        }
        return values;
    }

    /** JSON as text, binary values (signatures, postings) as their byte list: readable in a failure message. */
    private static String printable(byte[] value) {
        return value.length > 0 && value[0] == '{' ? new String(value, StandardCharsets.UTF_8) : Arrays.toString(value);
    }
}
