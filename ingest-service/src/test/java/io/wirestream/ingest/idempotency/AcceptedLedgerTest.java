package io.wirestream.ingest.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.ingest.IngestProperties;
import io.wirestream.ingest.TestProperties;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcceptedLedgerTest {

    private static final String ID = "3f1c9a9e-8a4b-3c55-9d57-0b4f3b6f7e21";
    private static final String OTHER = "7d0e5f7a-1b2c-3d4e-8f90-a1b2c3d4e5f6";

    @Test
    void whatWasAcceptedSurvivesARestart(@TempDir Path dir) {
        AcceptedLedger first = new AcceptedLedger(properties(dir.resolve("data")), Clock.systemUTC());
        assertThat(first.acceptedAs("item:s:urn:x@v1/usable/null")).isEmpty();
        first.remember("item:s:urn:x@v1/usable/null", ID);
        first.remember("item:s:urn:x@v1/usable/null", "ffffffff-ffff-3fff-bfff-ffffffffffff"); // first answer wins

        AcceptedLedger restarted = new AcceptedLedger(properties(dir.resolve("data")), Clock.systemUTC());
        assertThat(restarted.acceptedAs("item:s:urn:x@v1/usable/null")).contains(ID);
        assertThat(restarted.acceptedAs("item:s:urn:x@v2/usable/null")).isEmpty();
        assertThat(restarted.size()).isEqualTo(1);
    }

    @Test
    void aLineTornByACrashIsSkipped(@TempDir Path dir) throws Exception {
        AcceptedLedger ledger = new AcceptedLedger(properties(dir), Clock.systemUTC());
        ledger.remember("content:s:abc", ID);
        Files.writeString(dir.resolve(AcceptedLedger.FILE_NAME), "0123456789abcdef half a li", StandardOpenOption.APPEND);

        AcceptedLedger restarted = new AcceptedLedger(properties(dir), Clock.systemUTC());
        assertThat(restarted.acceptedAs("content:s:abc")).contains(ID);
        assertThat(restarted.size()).isEqualTo(1);
    }

    @Test
    void guidsWithAnyCharacterKeepTheFileLineShaped(@TempDir Path dir) throws Exception {
        new AcceptedLedger(properties(dir), Clock.systemUTC()).remember("item:s:weird\nguid\twith spaces@v1", ID);
        assertThat(Files.readAllLines(dir.resolve(AcceptedLedger.FILE_NAME))).singleElement()
                .satisfies(line -> assertThat(line).matches("[0-9a-f]{64} " + ID + " \\d+"));
        assertThat(new AcceptedLedger(properties(dir), Clock.systemUTC()).acceptedAs("item:s:weird\nguid\twith spaces@v1")).contains(ID);
    }

    @Test
    void anItemIsForgottenAfterTheRetentionAndTheFileIsCompactedAtRestart(@TempDir Path dir) throws Exception {
        Instant day0 = Instant.parse("2026-01-01T00:00:00Z");
        IngestProperties props = properties(dir, new IngestProperties.Ledger(Duration.ofDays(30), 1000));
        AcceptedLedger ledger = new AcceptedLedger(props, Clock.fixed(day0, ZoneOffset.UTC));
        ledger.remember("content:s:old", ID);
        AcceptedLedger later = new AcceptedLedger(props, Clock.fixed(day0.plus(Duration.ofDays(20)), ZoneOffset.UTC));
        later.remember("content:s:new", OTHER);
        later.close();

        AcceptedLedger restarted = new AcceptedLedger(props, Clock.fixed(day0.plus(Duration.ofDays(31)), ZoneOffset.UTC));
        assertThat(restarted.acceptedAs("content:s:old")).isEmpty();
        assertThat(restarted.acceptedAs("content:s:new")).contains(OTHER);
        assertThat(Files.readAllLines(dir.resolve(AcceptedLedger.FILE_NAME))).singleElement()
                .satisfies(line -> assertThat(line).contains(OTHER));
    }

    @Test
    void theOldestGoFirstBeyondMaxEntriesAndTheFileStaysBounded(@TempDir Path dir) throws Exception {
        IngestProperties props = properties(dir, new IngestProperties.Ledger(Duration.ofDays(30), 100));
        try (AcceptedLedger ledger = new AcceptedLedger(props, Clock.systemUTC())) {
            for (int i = 0; i < 5000; i++) {
                ledger.remember("content:s:" + i, ID);
            }
            assertThat(ledger.size()).isEqualTo(100);
            assertThat(ledger.acceptedAs("content:s:0")).isEmpty();
            assertThat(ledger.acceptedAs("content:s:4999")).contains(ID);
        }
        // compaction while running keeps the file within a small multiple of the live entries
        assertThat(Files.readAllLines(dir.resolve(AcceptedLedger.FILE_NAME)).size()).isLessThanOrEqualTo(1025);
        AcceptedLedger restarted = new AcceptedLedger(props, Clock.systemUTC());
        assertThat(restarted.size()).isEqualTo(100);
        assertThat(restarted.acceptedAs("content:s:4900")).contains(ID);
        assertThat(restarted.acceptedAs("content:s:4899")).isEmpty();
        assertThat(Files.readAllLines(dir.resolve(AcceptedLedger.FILE_NAME))).hasSize(100);
    }

    @Test
    void linesOfTheFirstFormatWithoutATimeAreStillRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(AcceptedLedger.FILE_NAME), "a".repeat(64) + " " + ID + "\n");
        AcceptedLedger ledger = new AcceptedLedger(properties(dir), Clock.systemUTC());
        assertThat(ledger.size()).isEqualTo(1);
    }

    private static IngestProperties properties(Path dataDir, IngestProperties.Ledger ledger) {
        IngestProperties d = TestProperties.defaults();
        return new IngestProperties(d.maxPayloadSize(), d.articleBaseUrl(), d.sources(), d.kafka(), d.topic(),
                d.maxBatchItems(), d.maxDecompressedSize(), dataDir, ledger);
    }

    private static IngestProperties properties(Path dataDir) {
        IngestProperties d = TestProperties.defaults();
        return new IngestProperties(d.maxPayloadSize(), d.articleBaseUrl(), d.sources(), d.kafka(), d.topic(),
                d.maxBatchItems(), d.maxDecompressedSize(), dataDir);
    }
}
