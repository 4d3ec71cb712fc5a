package io.wirestream.enrich.stream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirestream.contract.EventJson;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.Topics;
import io.wirestream.enrich.dedupe.DedupeSettings;
import io.wirestream.enrich.dedupe.bench.SyntheticWire;
import io.wirestream.enrich.language.SharedLanguageDetection;
import io.wirestream.testsupport.SharedKafkaBroker;
import io.wirestream.enrich.event.EventSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.processor.StateRestoreListener;

/**
 * How long a replacement enrich instance takes to restore the dedupe stores from their changelogs.
 * On the in-JVM KRaft broker, the changelogs of {@code articles} synthetic wire articles (ninjs items
 * with a guid each) are written, then a fresh instance of the same application starts with an empty
 * state folder and is timed to RUNNING, to the end of every store's restore, and to its first verdict
 * on one new article (which needs the in-memory index rebuilt from dedupe-signatures). Prints the
 * changelog bytes per article per store. Two ways to write the changelogs ({@code -Dfill=}):
 * <ul>
 * <li>{@code topology} (default): the articles go through the real topology (analyse, sequencing,
 * dedupe, event linker; exactly-once) on one instance; 30-110 articles/s on the shared machine.</li>
 * <li>{@code direct}: {@link DirectFill} writes the records the topology would write, in process.
 * Its changelog topics never compact ({@code min.compaction.lag.ms} at its maximum): every record
 * written is restored, the "fresh log" case. {@code -DpendingTail=N} writes the analysed drafts of
 * the last N articles only to dedupe-pending (their language detection and tagging take most of the
 * fill time), {@code -DeventTail=N} runs the event linker for the last N articles only (as if it
 * had been deployed then; it takes most of the rest), see docs/dedupe.md. With {@code -Dcompacted=true} a second application gets only the
 * live entries (what compaction leaves once tombstones expire) and is timed too.</li>
 * </ul>
 * A main, not a test: run by enrich-service/bench/restore.sh.
 */
public final class DedupeRestoreBenchmark {

    private static final Duration FLUSH_AFTER = Duration.ofMillis(500);
    private static final DedupeStreamSettings SETTINGS =
            new DedupeStreamSettings(DedupeSettings.defaults(), Duration.ofSeconds(5), FLUSH_AFTER, "all");
    private static final Duration SESSION_TIMEOUT = Duration.ofSeconds(6);
    private static final Duration STALLED = Duration.ofMinutes(2);
    private static final List<String> STORES = DirectFill.STORES;

    private static final int RAW_PARTITIONS = 3;
    private static final int BATCH = 2_000;
    private static final int PROGRESS = Integer.getInteger("progress", 100_000);

    private final int articles;
    private final boolean direct = "direct".equals(System.getProperty("fill", "topology"));
    private final boolean compacted = Boolean.getBoolean("compacted");
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
        deleteFolder(stateRoot); // the replacements' RocksDB folders: about 1 GB at a million articles
        System.exit(status); // the broker's threads would keep the JVM alive; its shutdown hook stops it
    }

    private void run() throws Exception {
        String bootstrap = SharedKafkaBroker.bootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            // the synthetic articles were received in 2026-01: with the default 7-day retention the
            // broker would delete them (by record timestamp) before the topology had read them all
            Map<String, String> keep = Map.of("retention.ms", "-1");
            admin.createTopics(List.of(new NewTopic(Topics.RAW, RAW_PARTITIONS, (short) 1).configs(keep),
                    new NewTopic(Topics.ENRICHED, 3, (short) 1).configs(keep),
                    new NewTopic(Topics.RAW_DEAD_LETTER, 1, (short) 1).configs(keep))).all().get();
            long started = System.nanoTime();
            double fillSeconds = direct ? fillDirectly(bootstrap, admin) : fillThroughTopology(bootstrap, started);
            System.out.printf(Locale.ROOT, "filled %s in %.0f s (%.0f articles/s)%n", direct ? "directly" : "through the topology",
                    fillSeconds, articles / fillSeconds);
            System.out.println("uptime: " + uptime());

            timeReplacement(bootstrap, admin, application, "replacement", articles);
            if (compacted) {
                timeReplacement(bootstrap, admin, application + "-compacted", "replacement-compacted", articles + 1);
            }
        }
    }

    private double fillThroughTopology(String bootstrap, long started) throws Exception {
        produce(bootstrap, 0, articles);
        System.out.printf(Locale.ROOT, "produced %,d raw articles in %.0f s%n", articles, seconds(started));
        Set<String> verdicts = ConcurrentHashMap.newKeySet();
        try (KafkaStreams filling = start(bootstrap, application, "fill", verdicts, null)) {
            awaitVerdicts(verdicts, articles, started);
        }
        double fillSeconds = seconds(started);
        // a closed Streams member does not leave its group: let its session expire before timing the replacement
        Thread.sleep(SESSION_TIMEOUT.toMillis() + 1_000);
        return fillSeconds;
    }

    /**
     * Writes the changelogs with {@link DirectFill}, placing each raw article where the producer's
     * default partitioner would put it on an empty raw topic (the origin the pending drafts carry).
     */
    private double fillDirectly(String bootstrap, Admin admin) throws Exception {
        // never compacted: the replacement restores every record written
        DirectFill.createChangelogTopics(admin, application, Map.of("min.compaction.lag.ms", Long.toString(Long.MAX_VALUE)));
        if (compacted) {
            DirectFill.createChangelogTopics(admin, application + "-compacted", Map.of());
        }
        long started = System.nanoTime();
        long[] offsets = new long[RAW_PARTITIONS];
        int firstDraft = articles - Math.min(articles, Integer.getInteger("pendingTail", articles));
        ArticleAnalyser analyser = new ArticleAnalyser(SharedLanguageDetection.get());
        int firstLinked = articles - Math.min(articles, Integer.getInteger("eventTail", articles));
        System.out.printf(Locale.ROOT, "drafts written for articles %,d+, event linker run for articles %,d+%n", firstDraft, firstLinked);
        try (DirectFill fill = new DirectFill(bootstrap, application, analyser, SETTINGS, EventSettings.defaults())) {
            fill.linkEventsFrom(SyntheticWire.receivedAt(firstLinked));
            // the next batch is analysed (in parallel) while this one is deduped (sequential)
            CompletableFuture<List<DirectFill.Analysed>> next = null;
            for (int from = 0; from < articles; from += BATCH) {
                List<DirectFill.RawRecord> batch = new ArrayList<>();
                for (int n = from; n < Math.min(articles, from + BATCH); n++) {
                    RawArticle raw = RawArticles.synthetic(wire, n);
                    int partition = BuiltInPartitioner.partitionForKey(RawArticles.key(raw), RAW_PARTITIONS);
                    batch.add(DirectFill.rawRecord(raw, partition, offsets[partition]++));
                }
                boolean drafts = from >= firstDraft;
                CompletableFuture<List<DirectFill.Analysed>> analysed =
                        CompletableFuture.supplyAsync(() -> DirectFill.prepare(analyser, batch, drafts));
                if (next != null) {
                    fill.add(next.join());
                }
                next = analysed;
                if ((from + BATCH) % PROGRESS == 0) {
                    System.out.printf(Locale.ROOT, "  %,d articles analysed after %.0f s (%s), load %s%n", from + BATCH,
                            seconds(started), fill.timeSplit(), uptime());
                }
            }
            fill.add(next.join());
            fill.finish();
            double fillSeconds = seconds(started);
            System.out.println("verdicts: " + fill.verdicts() + "; " + fill.timeSplit());
            fill.written().forEach((store, w) -> System.out.printf(Locale.ROOT, "  written %-18s %,12d records %,15d key+value bytes%n",
                    store, w[0], w[1]));
            if (compacted) {
                long copyStarted = System.nanoTime();
                fill.writeLiveState(application + "-compacted");
                System.out.printf(Locale.ROOT, "live entries copied to %s-compacted in %.0f s%n", application, seconds(copyStarted));
            }
            return fillSeconds;
        }
    }

    /** A fresh instance of {@code app} with an empty state folder: time to RUNNING, restored, first verdict; its memory. */
    private void timeReplacement(String bootstrap, Admin admin, String app, String label, int probe) throws Exception {
        Map<String, Long> bytes = changelogBytes(admin, app);
        // only this probe on the raw topic: earlier probes (of another application) are behind the start offsets
        startAtTheEndOfTheRawTopic(admin, app);
        long heapBefore = usedHeapAfterGc();
        Map<String, long[]> restored = new ConcurrentHashMap<>();
        AtomicLong restoreEnd = new AtomicLong();
        Set<String> after = ConcurrentHashMap.newKeySet();
        System.out.println(label + " starting, uptime: " + uptime());
        long started = System.nanoTime();
        try (KafkaStreams replacement = start(bootstrap, app, label, after, listener(restored, restoreEnd))) {
            while (replacement.state() != KafkaStreams.State.RUNNING) {
                Thread.sleep(20);
            }
            double running = seconds(started);
            produce(bootstrap, probe, probe + 1);
            awaitVerdicts(after, 1, started);
            double firstVerdict = seconds(started);
            long heap = usedHeapAfterGc() - heapBefore;
            System.out.println(label + " done, uptime: " + uptime());
            report(app, bytes, restored, running, (restoreEnd.get() - started) / 1e9, firstVerdict);
            System.out.printf(Locale.ROOT, "memory of the restored instance: heap %,d bytes (%.0f per article) after a full GC;"
                    + " state folder %,d bytes on disk (RocksDB, off heap)%n", heap, heap / (double) articles,
                    folderBytes(stateRoot.resolve(label)));
        }
        Thread.sleep(SESSION_TIMEOUT.toMillis() + 1_000);
    }

    private static void startAtTheEndOfTheRawTopic(Admin admin, String app) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < RAW_PARTITIONS; p++) {
            latest.put(new TopicPartition(Topics.RAW, p), OffsetSpec.latest());
        }
        Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((tp, info) -> start.put(tp, new OffsetAndMetadata(info.offset())));
        admin.alterConsumerGroupOffsets(app, start).all().get();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            System.out.println("could not delete " + folder + ": " + e);
        }
    }

    private static String uptime() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private void report(String app, Map<String, Long> bytes, Map<String, long[]> restored, double running, double restoreEnd,
            double firstVerdict) {
        long totalBytes = bytes.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "%nchangelogs of %s after %,d articles: %,d bytes = %.0f bytes per article%n", app, articles,
                totalBytes, totalBytes / (double) articles);
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
    private static Map<String, Long> changelogBytes(Admin admin, String app) throws Exception {
        int broker = admin.describeCluster().nodes().get().iterator().next().id();
        Map<String, Long> bytes = new ConcurrentHashMap<>();
        for (LogDirDescription dir : admin.describeLogDirs(List.of(broker)).allDescriptions().get().get(broker).values()) {
            for (Map.Entry<TopicPartition, ReplicaInfo> replica : dir.replicaInfos().entrySet()) {
                for (String store : STORES) {
                    if (replica.getKey().topic().equals(DirectFill.changelogTopic(app, store))) {
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
                RawArticle raw = RawArticles.synthetic(wire, n);
                producer.send(new ProducerRecord<>(Topics.RAW, null, raw.receivedAt().toEpochMilli(), RawArticles.key(raw),
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

    private KafkaStreams start(String bootstrap, String app, String label, Set<String> verdicts, StateRestoreListener restore)
            throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, new ArticleAnalyser(SharedLanguageDetection.get()),
                new EnrichMetrics(new SimpleMeterRegistry()), Clock.systemUTC(), SETTINGS)
                .foreach((story, article) -> verdicts.add(article.id()));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, app);
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
