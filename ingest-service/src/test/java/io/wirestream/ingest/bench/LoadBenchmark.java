package io.wirestream.ingest.bench;

import io.wirestream.contract.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Load test of {@code POST /v1/articles} beside a bare Kafka producer, in one run on one broker.
 * Starts a real in-JVM KRaft broker, starts the packaged ingest-service as its own JVM against it,
 * then measures three phases on the same ninjs payload (a fresh guid per item, so every item is
 * new and must reach Kafka):
 * <ol>
 *   <li>http: C clients, each posting and waiting for the answer (202 = acked by Kafka, acks=all);</li>
 *   <li>bare-closed: C threads on one idempotent acks=all producer, each waiting for its ack;</li>
 *   <li>bare-pipeline: one thread sending asynchronously without waiting (in-flight bounded only
 *       by the producer's buffer), the producer's ceiling on this machine.</li>
 * </ol>
 * Run by {@code ingest-service/bench/load.sh}; not part of the test suite.
 */
public final class LoadBenchmark {

    private static final String SOURCE = "bench";
    private static final String API_KEY = "load-benchmark-key";
    /** The bare producers write to the same topic as ingest (created by ingest at start-up, same settings). */
    private static final String BARE_TOPIC = Topics.RAW;

    private record Settings(Path jar, int concurrency, Duration warmup, Duration measure, String ingestJavaOpts,
            Path work) {
    }

    /** Items acknowledged inside the measured window, and their latencies (ns). */
    private record Result(String phase, long items, long failures, double seconds, long p50, long p99) {

        double perSecond() {
            return items / seconds;
        }

        static long quantile(long[] sorted, double q) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
        }

        static String millis(long nanos) {
            return nanos == 0 ? "-" : String.format("%.2f ms", nanos / 1e6);
        }
    }

    @FunctionalInterface
    private interface Operation {
        /** Sends item n; true when it was acknowledged / accepted. */
        boolean send(long n) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--bare-child")) {
            bareChild(args[1], args[2]);
            return;
        }
        Settings settings = new Settings(Path.of(args[0]), Integer.getInteger("concurrency", 8),
                Duration.ofSeconds(Long.getLong("warmup", 5)), Duration.ofSeconds(Long.getLong("seconds", 15)),
                System.getProperty("ingestJavaOpts", "-Xms256m -Xmx512m"),
                Files.createTempDirectory("wirestream-load"));
        byte[] template = Files.readAllBytes(Path.of(System.getProperty("payload")));
        String run = Long.toString(System.currentTimeMillis(), 36);
        System.out.printf("payload %d bytes (ninjs), concurrency %d, warm-up %ds, measured %ds per phase%n",
                template.length, settings.concurrency(), settings.warmup().toSeconds(), settings.measure().toSeconds());

        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(Map.of("offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1", "transaction.state.log.min.isr", "1",
                "auto.create.topics.enable", "false"));
        broker.afterPropertiesSet();
        String bootstrap = broker.getBrokersAsString();
        int port = freePort();
        Process ingest = startIngest(settings, bootstrap, port);
        List<Result> results = new ArrayList<>();
        try {
            awaitReady(port, ingest, settings.work().resolve("ingest.log"));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI endpoint = URI.create("http://127.0.0.1:" + port + "/v1/articles");
            results.add(closedLoop("http", settings, n -> {
                HttpRequest request = HttpRequest.newBuilder(endpoint)
                        .header("Content-Type", "application/json")
                        .header("X-API-Key", API_KEY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(payload(template, run, "h", n)))
                        .build();
                return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 202;
            }));
            results.add(bareInOwnJvm(settings, bootstrap, run));
            try (KafkaProducer<String, byte[]> producer = bareProducer(bootstrap, Map.of(ProducerConfig.LINGER_MS_CONFIG, 0))) {
                results.add(closedLoop("bare-closed", settings, n -> {
                    producer.send(new ProducerRecord<>(BARE_TOPIC, key(run, "c", n), payload(template, run, "c", n)))
                            .get(30, TimeUnit.SECONDS);
                    return true;
                }));
            }
            try (KafkaProducer<String, byte[]> producer = bareProducer(bootstrap, Map.of())) {
                results.add(pipeline(settings, producer, template, run));
            }
        } finally {
            ingest.destroy();
            if (!ingest.waitFor(20, TimeUnit.SECONDS)) {
                ingest.destroyForcibly();
            }
            broker.destroy();
        }
        report(results, settings);
    }

    /** C workers, each sending one item and waiting for its answer before the next. */
    private static Result closedLoop(String phase, Settings settings, Operation operation) throws InterruptedException {
        long start = System.nanoTime() + settings.warmup().toNanos();
        long end = start + settings.measure().toNanos();
        AtomicLong sequence = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        List<long[]> perWorker = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        long[] counts = new long[settings.concurrency()];
        for (int w = 0; w < settings.concurrency(); w++) {
            long[] latencies = new long[1 << 16];
            perWorker.add(latencies);
            int worker = w;
            workers.add(Thread.ofPlatform().name(phase + "-" + w).start(() -> {
                long[] own = latencies;
                int recorded = 0;
                while (true) {
                    long before = System.nanoTime();
                    if (before >= end) {
                        break;
                    }
                    boolean ok;
                    try {
                        ok = operation.send(sequence.incrementAndGet());
                    } catch (Exception e) {
                        ok = false;
                    }
                    long after = System.nanoTime();
                    if (before >= start && after <= end) {
                        if (!ok) {
                            failures.incrementAndGet();
                            continue;
                        }
                        if (recorded == own.length) {
                            own = Arrays.copyOf(own, own.length * 2);
                            perWorker.set(worker, own);
                        }
                        own[recorded++] = after - before;
                        counts[worker] = recorded;
                    }
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (int w = 0; w < perWorker.size(); w++) {
            System.arraycopy(perWorker.get(w), 0, all, at, (int) counts[w]);
            at += (int) counts[w];
        }
        Arrays.sort(all);
        Result result = new Result(phase, total, failures.get(), settings.measure().toNanos() / 1e9,
                Result.quantile(all, 0.50), Result.quantile(all, 0.99));
        System.out.printf("  %-20s %9.0f items/s%n", phase, result.perSecond());
        return result;
    }

    /**
     * The closed-loop bare producer in a JVM of its own, as ingest-service has one: it then pays the
     * same cross-process hops to the broker (which lives in this JVM).
     */
    private static Result bareInOwnJvm(Settings settings, String bootstrap, String run) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Arrays.asList(settings.ingestJavaOpts().trim().split("\\s+")));
        command.removeIf(option -> option.startsWith("-XX:StartFlightRecording"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "-Dconcurrency=" + settings.concurrency(), "-Dwarmup=" + settings.warmup().toSeconds(),
                "-Dseconds=" + settings.measure().toSeconds(), "-Dpayload=" + System.getProperty("payload"),
                LoadBenchmark.class.getName(), "--bare-child", bootstrap, run));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String last = null;
        for (String line : new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("RESULT ")) {
                last = line;
            }
        }
        if (child.waitFor() != 0 || last == null) {
            throw new IllegalStateException("the bare producer JVM failed (exit " + child.exitValue() + ")");
        }
        String[] f = last.split(" ");
        Result result = new Result("bare-closed-own-jvm", Long.parseLong(f[1]), Long.parseLong(f[2]),
                settings.measure().toNanos() / 1e9, Long.parseLong(f[3]), Long.parseLong(f[4]));
        System.out.printf("  %-20s %9.0f items/s%n", result.phase(), result.perSecond());
        return result;
    }

    private static void bareChild(String bootstrap, String run) throws Exception {
        byte[] template = Files.readAllBytes(Path.of(System.getProperty("payload")));
        Settings settings = new Settings(null, Integer.getInteger("concurrency", 8),
                Duration.ofSeconds(Long.getLong("warmup", 5)), Duration.ofSeconds(Long.getLong("seconds", 15)), "", null);
        try (KafkaProducer<String, byte[]> producer = bareProducer(bootstrap, Map.of(ProducerConfig.LINGER_MS_CONFIG, 0))) {
            Result r = closedLoop("bare-child", settings, n -> {
                producer.send(new ProducerRecord<>(BARE_TOPIC, key(run, "o", n), payload(template, run, "o", n)))
                        .get(30, TimeUnit.SECONDS);
                return true;
            });
            System.out.printf("RESULT %d %d %d %d%n", r.items(), r.failures(), r.p50(), r.p99());
        }
    }

    /** One thread sending without waiting; acknowledgements counted inside the measured window. */
    private static Result pipeline(Settings settings, KafkaProducer<String, byte[]> producer, byte[] template, String run)
            throws InterruptedException {
        long start = System.nanoTime() + settings.warmup().toNanos();
        long end = start + settings.measure().toNanos();
        Semaphore inFlight = new Semaphore(20_000);
        AtomicLong acked = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        for (long n = 0; System.nanoTime() < end; n++) {
            inFlight.acquire();
            producer.send(new ProducerRecord<>(BARE_TOPIC, key(run, "p", n), payload(template, run, "p", n)),
                    (metadata, error) -> {
                        inFlight.release();
                        long now = System.nanoTime();
                        if (now >= start && now <= end) {
                            (error == null ? acked : failures).incrementAndGet();
                        }
                    });
        }
        producer.flush();
        Result result = new Result("bare-pipeline", acked.get(), failures.get(), settings.measure().toNanos() / 1e9,
                0, 0);
        System.out.printf("  %-20s %9.0f items/s%n", result.phase(), result.perSecond());
        return result;
    }

    private static void report(List<Result> results, Settings settings) {
        Result http = results.get(0);
        Result closed = results.get(2);
        Result pipeline = results.get(3);
        Result closedOwnJvm = results.get(1);
        System.out.println();
        System.out.printf("%-20s %12s %10s %10s %9s%n", "phase", "items/s", "p50", "p99", "failures");
        for (Result r : results) {
            System.out.printf("%-20s %12.0f %10s %10s %9d%n", r.phase(), r.perSecond(), Result.millis(r.p50()),
                    Result.millis(r.p99()), r.failures());
        }
        System.out.printf("%nHTTP / bare producer, both %d senders each awaiting its ack: %.0f%%%n",
                settings.concurrency(), 100.0 * http.perSecond() / closed.perSecond());
        System.out.printf("HTTP / bare producer in its own JVM, %d senders awaiting acks: %.0f%%%n",
                settings.concurrency(), 100.0 * http.perSecond() / closedOwnJvm.perSecond());
        System.out.printf("HTTP / bare producer, unbounded async pipeline:            %.0f%%%n",
                100.0 * http.perSecond() / pipeline.perSecond());
    }

    /** The template with its guid made unique, so every item is new to the ledger. */
    private static byte[] payload(byte[] template, String run, String phase, long n) {
        String json = new String(template, StandardCharsets.UTF_8);
        return json.replaceFirst("\"uri\"\\s*:\\s*\"[^\"]*\"", "\"uri\": \"urn:bench:" + run + ":" + phase + ":" + n + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String key(String run, String phase, long n) {
        return SOURCE + ":urn:bench:" + run + ":" + phase + ":" + n;
    }

    private static KafkaProducer<String, byte[]> bareProducer(String bootstrap, Map<String, Object> extra) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putAll(extra);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    private static Process startIngest(Settings settings, String bootstrap, int port) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(settings.ingestJavaOpts().trim().split("\\s+")));
        command.addAll(List.of("-jar", settings.jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(settings.work().resolve("ingest.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        env.put("WIRESTREAM_INGEST_DATA_DIR", settings.work().resolve("ingest-data").toString());
        env.put("WIRESTREAM_INGEST_SOURCES_BENCH_API_KEY_SHA256", sha256(API_KEY));
        System.out.println("ingest-service: " + String.join(" ", command) + " (log " + settings.work().resolve("ingest.log") + ")");
        return builder.start();
    }

    private static void awaitReady(int port, Process ingest, Path log) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!ingest.isAlive()) {
                throw new IllegalStateException("ingest-service exited during start-up; see " + log);
            }
            try {
                if (client.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("ingest-service was not ready within 120 s; see " + log);
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private LoadBenchmark() {
    }
}
