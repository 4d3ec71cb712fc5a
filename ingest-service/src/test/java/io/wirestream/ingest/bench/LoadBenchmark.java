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
 * warms both JVMs up, then measures these phases on the same ninjs payload (a fresh guid per item,
 * so every item is new and must reach Kafka):
 * <ol>
 *   <li>http: C keep-alive connections, each posting and waiting for the answer (202 = acked by
 *       Kafka, acks=all);</li>
 *   <li>bare-closed-own-jvm: C threads on one idempotent acks=all producer in a JVM of its own, each
 *       waiting for its ack (the same discipline as the HTTP clients);</li>
 *   <li>bare-closed: the same in the broker's JVM;</li>
 *   <li>http-again: the first phase repeated, to show drift in the machine's load;</li>
 *   <li>bare-pipeline: one thread sending asynchronously without waiting (in-flight bounded only
 *       by the producer's buffer), the producer's ceiling on this machine.</li>
 * </ol>
 * Each phase reports CPU per item of the sending process and of the broker's JVM.
 * Run by {@code ingest-service/bench/load.sh}; not part of the test suite.
 */
public final class LoadBenchmark {

    private static final String SOURCE = "bench";
    private static final String API_KEY = "load-benchmark-key";
    /** The bare producers write to the same topic as ingest (created by ingest at start-up, same settings). */
    private static final String BARE_TOPIC = Topics.RAW;
    /** Item numbers, unique across phases: a number seen twice would be a repeat, answered 200, not 202. */
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final long HTTP_WARMUP_ITEMS = Long.getLong("httpWarmupItems", 30_000);

    private record Settings(Path jar, int concurrency, Duration warmup, Duration measure, Duration httpWarmup,
            String ingestJavaOpts, Path work) {

        Settings withWarmup(Duration newWarmup) {
            return new Settings(jar, concurrency, newWarmup, measure, httpWarmup, ingestJavaOpts, work);
        }

        Settings withMeasure(Duration newMeasure) {
            return new Settings(jar, concurrency, warmup, newMeasure, httpWarmup, ingestJavaOpts, work);
        }
    }

    /** Total CPU time a process has used so far, or -1 when the OS does not say. */
    @FunctionalInterface
    private interface CpuMeter {
        CpuMeter NONE = () -> -1;

        long cpuNanos();

        static CpuMeter of(ProcessHandle process) {
            return () -> process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
        }

        static CpuMeter self() {
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            return os::getProcessCpuTime;
        }
    }

    /** Items acknowledged inside the measured window, and their latencies (ns). */
    private record Result(String phase, long items, long failures, double seconds, long p50, long p99,
            long senderCpuNanos, long driverCpuNanos) {

        double perSecond() {
            return items / seconds;
        }

        /** CPU of the sending process (ingest-service for http, the producer's JVM) per item, or -1. */
        double senderMicrosPerItem() {
            return senderCpuNanos < 0 || items == 0 ? -1 : senderCpuNanos / 1e3 / items;
        }

        /** CPU of the driver JVM (broker, plus the load generator or in-JVM producer) per item. */
        double driverMicrosPerItem() {
            return driverCpuNanos < 0 || items == 0 ? -1 : driverCpuNanos / 1e3 / items;
        }

        static long quantile(long[] sorted, double q) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
        }

        static String millis(long nanos) {
            return nanos == 0 ? "-" : String.format("%.2f ms", nanos / 1e6);
        }

        static String micros(double micros) {
            return micros < 0 ? "-" : String.format("%.0f us", micros);
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
                Duration.ofSeconds(Long.getLong("httpWarmup", 90)), System.getProperty("ingestJavaOpts", "-Xms256m -Xmx512m"),
                Files.createTempDirectory("wirestream-load"));
        byte[] sample = Files.readAllBytes(Path.of(System.getProperty("payload")));
        PayloadTemplate template = PayloadTemplate.of(sample);
        String run = Long.toString(System.currentTimeMillis(), 36);
        System.out.printf("payload %d bytes (ninjs), concurrency %d, warm-up %ds, measured %ds per phase%n",
                sample.length, settings.concurrency(), settings.warmup().toSeconds(), settings.measure().toSeconds());

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
            CpuMeter ingestCpu = CpuMeter.of(ingest.toHandle());
            PayloadTemplate.Items httpItems = template.items(run, "h");
            ThreadLocal<KeepAlivePoster> connections = ThreadLocal.withInitial(() -> new KeepAlivePoster("127.0.0.1",
                    port, "/v1/articles", httpItems, "Content-Type: application/json", "X-API-Key: " + API_KEY));
            Operation post = n -> {
                int status = connections.get().post(n);
                if (status != 202) {
                    throw new IllegalStateException("HTTP " + status + " for item " + n);
                }
                return true;
            };
            PayloadTemplate.Items closedItems = template.items(run, "c");
            try (KafkaProducer<String, byte[]> producer = bareProducer(bootstrap, Map.of(ProducerConfig.LINGER_MS_CONFIG, 0))) {
                Operation bareSend = n -> {
                    producer.send(new ProducerRecord<>(BARE_TOPIC, key(run, "c", n), closedItems.bytes(n)))
                            .get(30, TimeUnit.SECONDS);
                    return true;
                };
                // Both JVMs start cold: the broker and ingest-service run interpreted code until the JIT
                // has seen enough calls, which a few hundred slow requests do not give it. Warm every
                // path first, so the first measured phase is not the only one paying for it.
                System.out.printf("warm-up (not counted): broker and producer %ds, then HTTP until %d items or %ds%n",
                        settings.warmup().toSeconds(), HTTP_WARMUP_ITEMS, settings.httpWarmup().toSeconds());
                closedLoop("warm-bare", settings.withWarmup(Duration.ZERO).withMeasure(settings.warmup()), bareSend,
                        CpuMeter.NONE);
                warmUpHttp(settings, post);
                results.add(closedLoop("http", settings, post, ingestCpu));
                printProducerBatching(port);
                // A plain producer (Kafka's default of 5 requests in flight), the yardstick, then
                // the same with ingest's own setting (1 in flight), so the tuning is also compared like for like.
                results.add(bareInOwnJvm(settings, bootstrap, run, 5));
                results.add(bareInOwnJvm(settings, bootstrap, run, 1));
                results.add(closedLoop("bare-closed", settings, bareSend, CpuMeter.NONE));
                // The first phase again: shows whether the machine's load drifted during the run.
                results.add(closedLoop("http-again", settings, post, ingestCpu));
                printProducerBatching(port);
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

    /**
     * HTTP in rounds of 5 s until the service has answered enough requests for the JIT to compile
     * its hot paths (throughput still rose by ~70% between 25 and 60 s of load), or the time cap.
     */
    private static void warmUpHttp(Settings settings, Operation post) throws InterruptedException {
        Settings round = settings.withWarmup(Duration.ZERO).withMeasure(Duration.ofSeconds(5));
        long deadline = System.nanoTime() + settings.httpWarmup().toNanos();
        long items = 0;
        while (items < HTTP_WARMUP_ITEMS && System.nanoTime() < deadline) {
            items += closedLoop("warm-http", round, post, CpuMeter.NONE).items();
        }
    }

    /** C workers, each sending one item and waiting for its answer before the next. */
    private static Result closedLoop(String phase, Settings settings, Operation operation, CpuMeter senderCpu)
            throws InterruptedException {
        long start = System.nanoTime() + settings.warmup().toNanos();
        long end = start + settings.measure().toNanos();
        WindowCpu cpu = WindowCpu.measure(start, end, senderCpu);
        AtomicLong failures = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>();
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
                        ok = operation.send(SEQUENCE.incrementAndGet());
                    } catch (Exception e) {
                        ok = false;
                        if (firstError.compareAndSet(null, e.toString())) {
                            System.out.printf("  %s: first failure: %s%n", phase, e);
                        }
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
        cpu.await();
        Result result = new Result(phase, total, failures.get(), settings.measure().toNanos() / 1e9,
                Result.quantile(all, 0.50), Result.quantile(all, 0.99), cpu.sender(), cpu.driver());
        System.out.printf("  %-24s %9.0f items/s%n", phase, result.perSecond());
        return result;
    }

    /**
     * The closed-loop bare producer in a JVM of its own, as ingest-service has one: it then pays the
     * same cross-process hops to the broker (which lives in this JVM).
     */
    private static Result bareInOwnJvm(Settings settings, String bootstrap, String run, int inFlight) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Arrays.asList(settings.ingestJavaOpts().trim().split("\\s+")));
        command.removeIf(option -> option.startsWith("-XX:StartFlightRecording"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "-Dconcurrency=" + settings.concurrency(), "-Dwarmup=" + settings.warmup().toSeconds(),
                "-Dseconds=" + settings.measure().toSeconds(), "-Dpayload=" + System.getProperty("payload"),
                "-DinFlight=" + inFlight,
                LoadBenchmark.class.getName(), "--bare-child", bootstrap, run));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        // The child measures its own window; this JVM (the broker) is measured over the same span.
        long childStart = System.nanoTime() + settings.warmup().toNanos();
        WindowCpu cpu = WindowCpu.measure(childStart, childStart + settings.measure().toNanos(), CpuMeter.NONE);
        String last = null;
        for (String line : new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("RESULT ")) {
                last = line;
            }
        }
        cpu.await();
        if (child.waitFor() != 0 || last == null) {
            throw new IllegalStateException("the bare producer JVM failed (exit " + child.exitValue() + ")");
        }
        String[] f = last.split(" ");
        Result result = new Result(inFlight == 5 ? "bare-closed-own-jvm" : "bare-closed-own-jvm-if" + inFlight,
                Long.parseLong(f[1]), Long.parseLong(f[2]),
                settings.measure().toNanos() / 1e9, Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]),
                cpu.driver());
        System.out.printf("  %-24s %9.0f items/s%n", result.phase(), result.perSecond());
        return result;
    }

    /**
     * How many records ingest's producer put into one produce request, from its own metrics (a
     * moving average over the last minute or so): the batching that decides the broker's cost per item.
     */
    private static void printProducerBatching(int port) {
        try {
            String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            metrics.lines().filter(line -> line.startsWith("kafka_producer_records_per_request_avg{"))
                    .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                    .findFirst()
                    .ifPresent(value -> System.out.printf("  (ingest's producer: %.1f records per produce request)%n",
                            Double.parseDouble(value)));
        } catch (IOException | RuntimeException | InterruptedException e) {
            System.out.println("  (ingest's producer metrics not readable: " + e + ")");
        }
    }

    private static void bareChild(String bootstrap, String run) throws Exception {
        PayloadTemplate.Items items = PayloadTemplate.of(Files.readAllBytes(Path.of(System.getProperty("payload"))))
                .items(run, "o");
        Settings settings = new Settings(null, Integer.getInteger("concurrency", 8),
                Duration.ofSeconds(Long.getLong("warmup", 5)), Duration.ofSeconds(Long.getLong("seconds", 15)),
                Duration.ZERO, "", null);
        try (KafkaProducer<String, byte[]> producer = bareProducer(bootstrap, Map.of(ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, Integer.getInteger("inFlight", 5)))) {
            Result r = closedLoop("bare-child", settings, n -> {
                producer.send(new ProducerRecord<>(BARE_TOPIC, key(run, "o", n), items.bytes(n)))
                        .get(30, TimeUnit.SECONDS);
                return true;
            }, CpuMeter.NONE);
            // Here the "driver" is this producer JVM itself.
            System.out.printf("RESULT %d %d %d %d %d%n", r.items(), r.failures(), r.p50(), r.p99(), r.driverCpuNanos());
        }
    }

    /** One thread sending without waiting; acknowledgements counted inside the measured window. */
    private static Result pipeline(Settings settings, KafkaProducer<String, byte[]> producer, PayloadTemplate template,
            String run) throws InterruptedException {
        PayloadTemplate.Items items = template.items(run, "p");
        long start = System.nanoTime() + settings.warmup().toNanos();
        long end = start + settings.measure().toNanos();
        WindowCpu cpu = WindowCpu.measure(start, end, CpuMeter.NONE);
        Semaphore inFlight = new Semaphore(20_000);
        AtomicLong acked = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        for (long n = 0; System.nanoTime() < end; n++) {
            inFlight.acquire();
            producer.send(new ProducerRecord<>(BARE_TOPIC, key(run, "p", n), items.bytes(n)),
                    (metadata, error) -> {
                        inFlight.release();
                        long now = System.nanoTime();
                        if (now >= start && now <= end) {
                            (error == null ? acked : failures).incrementAndGet();
                        }
                    });
        }
        producer.flush();
        cpu.await();
        Result result = new Result("bare-pipeline", acked.get(), failures.get(), settings.measure().toNanos() / 1e9,
                0, 0, -1, cpu.driver());
        System.out.printf("  %-24s %9.0f items/s%n", result.phase(), result.perSecond());
        return result;
    }

    private static void report(List<Result> results, Settings settings) {
        Result http = results.get(0);
        Result plain = results.get(1);
        Result likeIngest = results.get(2);
        Result closed = results.get(3);
        Result httpAgain = results.get(4);
        Result pipeline = results.get(5);
        System.out.println();
        System.out.printf("%-24s %10s %10s %10s %9s %16s %16s%n", "phase", "items/s", "p50", "p99", "failures",
                "sender CPU/item", "driver CPU/item");
        for (Result r : results) {
            System.out.printf("%-24s %10.0f %10s %10s %9d %16s %16s%n", r.phase(), r.perSecond(),
                    Result.millis(r.p50()), Result.millis(r.p99()), r.failures(), Result.micros(r.senderMicrosPerItem()),
                    Result.micros(r.driverMicrosPerItem()));
        }
        System.out.println("(sender = the ingest-service JVM for http, the producer's own JVM for bare-closed-own-jvm*;"
                + " driver = the broker's JVM, which also runs the load generator and the in-JVM producers;"
                + " -if1 = at most 1 produce request in flight, as ingest sends)");
        for (Result h : List.of(http, httpAgain)) {
            // The target: at least 50% of a plain producer (Kafka's defaults, but linger.ms=0,
            // which only makes it faster in a closed loop), same senders, same payloads.
            System.out.printf("%n%s / plain bare producer in its own JVM, %d senders each awaiting its ack:   %.0f%%%n",
                    h.phase(), settings.concurrency(), 100.0 * h.perSecond() / plain.perSecond());
            System.out.printf("%s / the same with 1 request in flight, as ingest's producer is tuned:   %.0f%%%n",
                    h.phase(), 100.0 * h.perSecond() / likeIngest.perSecond());
            System.out.printf("%s / bare producer in the broker's JVM, %d senders awaiting acks:   %.0f%%%n",
                    h.phase(), settings.concurrency(), 100.0 * h.perSecond() / closed.perSecond());
            System.out.printf("%s / bare producer, asynchronous batching pipeline:              %.0f%%%n",
                    h.phase(), 100.0 * h.perSecond() / pipeline.perSecond());
        }
    }

    /** CPU used inside a measured window [start, end] (System.nanoTime) by the sender and by this JVM. */
    private static final class WindowCpu {

        private final Thread sampler;
        private volatile long sender = -1;
        private volatile long driver = -1;

        private WindowCpu(long start, long end, CpuMeter senderCpu) {
            CpuMeter self = CpuMeter.self();
            sampler = Thread.ofPlatform().daemon().name("cpu-window").start(() -> {
                try {
                    sleepUntil(start);
                    long senderBefore = senderCpu.cpuNanos();
                    long driverBefore = self.cpuNanos();
                    sleepUntil(end);
                    long senderAfter = senderCpu.cpuNanos();
                    driver = self.cpuNanos() - driverBefore;
                    sender = senderBefore < 0 || senderAfter < 0 ? -1 : senderAfter - senderBefore;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        static WindowCpu measure(long start, long end, CpuMeter senderCpu) {
            return new WindowCpu(start, end, senderCpu);
        }

        void await() throws InterruptedException {
            sampler.join();
        }

        long sender() {
            return sender;
        }

        long driver() {
            return driver;
        }

        private static void sleepUntil(long nanoTime) throws InterruptedException {
            for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
                TimeUnit.NANOSECONDS.sleep(left);
            }
        }
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
