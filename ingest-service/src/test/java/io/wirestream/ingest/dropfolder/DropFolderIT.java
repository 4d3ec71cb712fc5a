package io.wirestream.ingest.dropfolder;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.contract.ArticleIds;
import io.wirestream.contract.EventJson;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.Topics;
import io.wirestream.contract.WireFormat;
import io.wirestream.ingest.format.Samples;
import io.wirestream.testsupport.ContractSchemas;
import io.wirestream.testsupport.RealKafka;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A real folder and a real broker: files are taken only when complete, and nothing is read through links. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "wirestream.ingest.sources.ftpwire.drop-folder.poll-interval=100ms",
        "wirestream.ingest.sources.ftpwire.drop-folder.stable-for=3s",
        "wirestream.ingest.data-dir=target/ingest-data-${random.uuid}"})
@Import(RealKafka.class)
class DropFolderIT {

    private static final Path FOLDER = folder();
    private final Instant testStart = Instant.now();

    @Autowired
    KafkaConnectionDetails kafka;

    @DynamicPropertySource
    static void dropFolder(DynamicPropertyRegistry registry) {
        registry.add("wirestream.ingest.sources.ftpwire.drop-folder.path", FOLDER::toString);
    }

    private static Path folder() {
        try {
            return Files.createDirectories(Path.of("target", "drop-" + UUID.randomUUID())).toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFileIsTakenOnlyOnceItStopsGrowing() throws Exception {
        String guid = "NRW-DROP-" + UUID.randomUUID();
        byte[] nitf = Samples.own("nordwire-cod-quota.nitf.xml", StandardCharsets.ISO_8859_1)
                .replace("NRW-2024-0314-0042", guid).getBytes(StandardCharsets.ISO_8859_1);
        Path file = FOLDER.resolve("cod-" + guid + ".xml");
        try (OutputStream out = Files.newOutputStream(file)) {
            int chunk = nitf.length / 8 + 1;
            for (int off = 0; off < nitf.length; off += chunk) {
                out.write(nitf, off, Math.min(chunk, nitf.length - off));
                out.flush();
                Thread.sleep(400); // slower than a poll, far faster than "stable"
                assertThat(file).as("half-written file must stay untouched").exists();
                assertThat(inFolder("error")).noneMatch(p -> p.getFileName().toString().contains(guid));
            }
        }
        Path processed = await("processed", guid);
        assertThat(Files.readAllBytes(processed)).isEqualTo(nitf);
        assertThat(file).doesNotExist();

        ConsumerRecord<String, byte[]> record = consume("ftpwire:" + guid);
        ContractSchemas.assertValid(Topics.RAW, record.value());
        RawArticle article = EventJson.fromBytes(record.value(), RawArticle.class);
        assertThat(article.id()).isEqualTo(ArticleIds.forProviderItem("ftpwire", guid));
        assertThat(article.format()).isEqualTo(WireFormat.NITF);
        assertThat(article.provider().located()).isEqualTo("Tromsø, Norway");
    }

    @Test
    void aDoneMarkerReleasesAFileAtOnceAndBadFilesGoToErrorWithTheReason() throws Exception {
        String run = UUID.randomUUID().toString();
        Files.writeString(FOLDER.resolve("bad-" + run + ".xml"), "<nitf><body>cut off");
        Files.writeString(FOLDER.resolve("bad-" + run + ".xml.done"), "");
        Path error = await("error", "bad-" + run + ".xml");
        assertThat(Files.readString(error.resolveSibling(error.getFileName() + ".reason.txt")))
                .contains("https://wirestream.io/problems/malformed").contains("not well-formed XML");
        assertThat(FOLDER.resolve("bad-" + run + ".xml.done")).doesNotExist();
    }

    @Test
    void aLinkPointingOutsideIsNeverRead() throws Exception {
        String run = UUID.randomUUID().toString();
        Path outside = Files.writeString(Files.createTempFile("outside-", ".txt"), "SECRET " + run);
        Path link = Files.createSymbolicLink(FOLDER.resolve("link-" + run + ".txt"), outside);

        Path moved = await("error", "link-" + run + ".txt");
        assertThat(Files.isSymbolicLink(moved)).isTrue();
        assertThat(Files.readString(moved.resolveSibling(moved.getFileName() + ".reason.txt"))).contains("never");
        assertThat(link).doesNotExist();
        assertThat(Files.readString(outside)).isEqualTo("SECRET " + run);
        assertThat(countWithPayload(run, Duration.ofSeconds(2))).isZero();
    }

    private static List<Path> inFolder(String where) throws IOException {
        try (Stream<Path> files = Files.list(FOLDER.resolve(where))) {
            return files.toList();
        }
    }

    private static Path await(String where, String part) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(FOLDER.resolve(where))) {
                for (Path p : inFolder(where)) {
                    String name = p.getFileName().toString();
                    if (name.contains(part) && !name.endsWith(".reason.txt")) {
                        return p;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no file with '" + part + "' in " + where + "/ within 30 s");
    }

    private KafkaConsumer<String, byte[]> consumer() {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafka.getBootstrapServers()),
                ConsumerConfig.GROUP_ID_CONFIG, "drop-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.RAW));
        return consumer;
    }

    private ConsumerRecord<String, byte[]> consume(String key) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No record with key " + key);
    }

    private int countWithPayload(String marker, Duration window) {
        int found = 0;
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            long deadline = System.nanoTime() + window.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    RawArticle article = EventJson.fromBytes(record.value(), RawArticle.class);
                    if (!article.receivedAt().isBefore(testStart) && article.payload().contains(marker)) {
                        found++;
                    }
                }
            }
        }
        return found;
    }
}
