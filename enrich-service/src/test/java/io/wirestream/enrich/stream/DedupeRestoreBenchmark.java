package io.wirestream.enrich.stream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.contract.EventJson;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.Topics;
import io.wirestream.enrich.dedupe.DedupeInput;
import io.wirestream.enrich.dedupe.DedupeSettings;
import io.wirestream.enrich.dedupe.bench.SyntheticWire;
import io.wirestream.enrich.language.SharedLanguageDetection;
import io.wirestream.testsupport.SharedKafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.processor.StateRestoreListener;

/**
 * How long a replacement enrich instance takes to restore the dedupe stores from their changelogs.
 * On the in-JVM KRaft broker: {@code articles} synthetic wire articles (ninjs items with a guid each)
 * go through the real topology (analyse, sequencing, dedupe, event linker; exactly-once) on one
 * instance; then a fresh instance of the same application starts with an empty state folder and is
 * timed to RUNNING, to the end of every store's restore, and to its first verdict on one new
 * article (which needs the in-memory index rebuilt from dedupe-signatures). Prints the changelog
 * bytes per article per store. A main, not a test: run by enrich-service/bench/restore.sh.
 */
public final class DedupeRestoreBenchmark {

    private static final Duration FLUSH_AFTER = Duration.ofMillis(500);
    private static final DedupeStreamSettings SETTINGS =
            new DedupeStreamSettings(DedupeSettings.defaults(), Duration.ofSeconds(5), FLUSH_AFTER, "all");
    private static final Duration SESSION_TIMEOUT = Duration.ofSeconds(6);
    private static final Duration STALLED = Duration.ofMinutes(2);
    private static final List<String> STORES = List.of(EnrichTopology.PENDING_STORE, EnrichTopology.ITEM_STORE,
            EnrichTopology.BODY_STORE, EnrichTopology.SIGNATURE_STORE, EnrichTopology.EVENT_POSTING_STORE,
            EnrichTopology.EVENT_SKETCH_STORE);

    private final int articles;
    private final String application = "restore-bench-" + UUID.randomUUID().toString().substring(0, 8);
    private final SyntheticWire wire = new SyntheticWire(2026);
    private final Path stateRoot;

    private DedupeRestoreBenchmark(int articles, Path stateRoot) {
        this.articles = articles;
        this.stateRoot = stateRoot;
    }

    public static void main(String[] args) throws Exception {
        int articles = Integer.getInteger("articles", 100_000);
        Path stateRoot = Files.createTempDirectory("restore-bench");
        int status = 0;
        try {
            new DedupeRestoreBenchmark(articles, stateRoot).run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status); // the broker's threads would keep the JVM alive; its shutdown hook stops it
    }

    private void run() throws Exception {
        String bootstrap = SharedKafkaBroker.bootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            // the synthetic articles were received in 2026-01: with the default 7-day retention the
            // broker would delete them (by record timestamp) before the topology had read them all
            Map<String, String> keep = Map.of("retention.ms", "-1");
            admin.createTopics(List.of(new NewTopic(Topics.RAW, 3, (short) 1).configs(keep),
                    new NewTopic(Topics.ENRICHED, 3, (short) 1).configs(keep),
                    new NewTopic(Topics.RAW_DEAD_LETTER, 1, (short) 1).configs(keep))).all().get();
            long started = System.nanoTime();
            produce(bootstrap, 0, articles);
            System.out.printf(Locale.ROOT, "produced %,d raw articles in %.0f s%n", articles, seconds(started));

            Set<String> verdicts = ConcurrentHashMap.newKeySet();
            started = System.nanoTime();
            try (KafkaStreams filling = start(bootstrap, "fill", verdicts, null)) {
                awaitVerdicts(verdicts, articles, started);
            }
            // a closed Streams member does not leave its group: let its session expire before timing the replacement
            Thread.sleep(SESSION_TIMEOUT.toMillis() + 1_000);
            double fillSeconds = seconds(started);
            System.out.printf(Locale.ROOT, "filled through the topology in %.0f s (%.0f articles/s)%n", fillSeconds,
                    articles / fillSeconds);
            Map<String, Long> bytes = changelogBytes(admin);

            Map<String, long[]> restored = new ConcurrentHashMap<>();
            AtomicLong restoreEnd = new AtomicLong();
            Set<String> after = ConcurrentHashMap.newKeySet();
            started = System.nanoTime();
            try (KafkaStreams replacement = start(bootstrap, "replacement", after, listener(restored, restoreEnd))) {
                while (replacement.state() != KafkaStreams.State.RUNNING) {
                    Thread.sleep(20);
                }
                double running = seconds(started);
                produce(bootstrap, articles, articles + 1);
                awaitVerdicts(after, 1, started);
                double firstVerdict = seconds(started);
                report(bytes, restored, running, (restoreEnd.get() - started) / 1e9, firstVerdict);
            }
        }
    }

    private void report(Map<String, Long> bytes, Map<String, long[]> restored, double running, double restoreEnd,
            double firstVerdict) {
        long totalBytes = bytes.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "%nchangelogs after %,d articles: %,d bytes = %.0f bytes per article%n", articles, totalBytes,
                totalBytes / (double) articles);
        for (String store : STORES) {
            long[] r = restored.getOrDefault(store, new long[2]);
            System.out.printf(Locale.ROOT, "  %-18s %,14d bytes %8.0f per article, %,10d records restored%n", store,
                    bytes.getOrDefault(store, 0L), bytes.getOrDefault(store, 0L) / (double) articles, r[0]);
        }
        System.out.printf(Locale.ROOT, "replacement with an empty state folder: RUNNING after %.1f s, last store restored after %.1f s,"
                + " first verdict after %.1f s (includes the %d ms idle flush)%n", running, restoreEnd, firstVerdict,
                FLUSH_AFTER.toMillis());
        System.out.printf(Locale.ROOT, "restore rate: %.0f articles/s (to the first verdict), %.1f MB/s of changelog%n",
                articles / firstVerdict, totalBytes / 1e6 / firstVerdict);
    }

    private static StateRestoreListener listener(Map<String, long[]> restored, AtomicLong restoreEnd) {
        return new StateRestoreListener() {
            @Override
            public void onRestoreStart(TopicPartition partition, String store, long startingOffset, long endingOffset) {
            }

            @Override
            public void onBatchRestored(TopicPartition partition, String store, long batchEndOffset, long numRestored) {
            }

            @Override
            public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {
                restored.merge(store, new long[] {totalRestored, 0}, (a, b) -> new long[] {a[0] + b[0], 0});
                restoreEnd.accumulateAndGet(System.nanoTime(), Math::max);
            }
        };
    }

    /** Bytes on the broker's disk of each store's changelog topic (compaction may not have run). */
    private Map<String, Long> changelogBytes(Admin admin) throws Exception {
        int broker = admin.describeCluster().nodes().get().iterator().next().id();
        Map<String, Long> bytes = new ConcurrentHashMap<>();
        for (LogDirDescription dir : admin.describeLogDirs(List.of(broker)).allDescriptions().get().get(broker).values()) {
            for (Map.Entry<TopicPartition, ReplicaInfo> replica : dir.replicaInfos().entrySet()) {
                for (String store : STORES) {
                    if (replica.getKey().topic().equals(application + "-" + store + "-changelog")) {
                        bytes.merge(store, replica.getValue().size(), Long::sum);
                    }
                }
            }
        }
        return bytes;
    }

    private void produce(String bootstrap, int from, int to) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.LINGER_MS_CONFIG, 20))) {
            for (int n = from; n < to; n++) {
                DedupeInput in = wire.article(n);
                RawArticle raw = RawArticles.ninjs(in.source(), "item-" + n, 1, "Headline " + n, in.body(), in.receivedAt(),
                        "usable", null);
                producer.send(new ProducerRecord<>(Topics.RAW, null, in.receivedAt().toEpochMilli(), RawArticles.key(raw),
                        EventJson.toBytes(raw)));
            }
            producer.flush();
        }
    }

    /** Waits for verdicts on {@code expected} distinct articles (a transaction aborted and retried emits some twice). */
    private static void awaitVerdicts(Set<String> verdicts, long expected, long started) throws InterruptedException {
        long lastReport = System.nanoTime();
        long lastCount = -1;
        long lastProgress = System.nanoTime();
        while (verdicts.size() < expected) {
            Thread.sleep(50);
            if (verdicts.size() != lastCount) {
                lastCount = verdicts.size();
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > STALLED.toNanos()) {
                throw new IllegalStateException("stalled at " + lastCount + " of " + expected + " verdicts");
            }
            if (System.nanoTime() - lastReport > 30e9) {
                System.out.printf(Locale.ROOT, "  %,d of %,d verdicts after %.0f s%n", verdicts.size(), expected, seconds(started));
                lastReport = System.nanoTime();
            }
        }
    }

    private KafkaStreams start(String bootstrap, String label, Set<String> verdicts, StateRestoreListener restore)
            throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, new ArticleAnalyser(SharedLanguageDetection.get()),
                new EnrichMetrics(new SimpleMeterRegistry()), Clock.systemUTC(), SETTINGS)
                .foreach((story, article) -> verdicts.add(article.id()));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, application);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createDirectories(stateRoot.resolve(label)).toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), (int) SESSION_TIMEOUT.toMillis());
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1000);
        KafkaStreams streams = new KafkaStreams(builder.build(), props);
        // a fenced or timed-out transaction kills the stream thread by default; the fill must go on
        streams.setUncaughtExceptionHandler(e -> {
            System.out.println(label + ": stream thread replaced after " + e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        if (restore != null) {
            streams.setGlobalStateRestoreListener(restore);
        }
        streams.start();
        return streams;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
