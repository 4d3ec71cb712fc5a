package io.wirestream.ingest.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.ingest.IngestProperties;
import io.wirestream.ingest.TestProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcceptedLedgerTest {

    private static final String ID = "3f1c9a9e-8a4b-3c55-9d57-0b4f3b6f7e21";

    @Test
    void whatWasAcceptedSurvivesARestart(@TempDir Path dir) {
        AcceptedLedger first = new AcceptedLedger(properties(dir.resolve("data")));
        assertThat(first.acceptedAs("item:s:urn:x@v1/usable/null")).isEmpty();
        first.remember("item:s:urn:x@v1/usable/null", ID);
        first.remember("item:s:urn:x@v1/usable/null", "ffffffff-ffff-3fff-bfff-ffffffffffff"); // first answer wins

        AcceptedLedger restarted = new AcceptedLedger(properties(dir.resolve("data")));
        assertThat(restarted.acceptedAs("item:s:urn:x@v1/usable/null")).contains(ID);
        assertThat(restarted.acceptedAs("item:s:urn:x@v2/usable/null")).isEmpty();
        assertThat(restarted.size()).isEqualTo(1);
    }

    @Test
    void aLineTornByACrashIsSkipped(@TempDir Path dir) throws Exception {
        AcceptedLedger ledger = new AcceptedLedger(properties(dir));
        ledger.remember("content:s:abc", ID);
        Files.writeString(dir.resolve(AcceptedLedger.FILE_NAME), "0123456789abcdef half a li", StandardOpenOption.APPEND);

        AcceptedLedger restarted = new AcceptedLedger(properties(dir));
        assertThat(restarted.acceptedAs("content:s:abc")).contains(ID);
        assertThat(restarted.size()).isEqualTo(1);
    }

    @Test
    void guidsWithAnyCharacterKeepTheFileLineShaped(@TempDir Path dir) throws Exception {
        new AcceptedLedger(properties(dir)).remember("item:s:weird\nguid\twith spaces@v1", ID);
        assertThat(Files.readAllLines(dir.resolve(AcceptedLedger.FILE_NAME))).singleElement()
                .satisfies(line -> assertThat(line).matches("[0-9a-f]{64} " + ID));
        assertThat(new AcceptedLedger(properties(dir)).acceptedAs("item:s:weird\nguid\twith spaces@v1")).contains(ID);
    }

    private static IngestProperties properties(Path dataDir) {
        IngestProperties d = TestProperties.defaults();
        return new IngestProperties(d.maxPayloadSize(), d.articleBaseUrl(), d.sources(), d.kafka(), d.topic(),
                d.maxBatchItems(), d.maxDecompressedSize(), dataDir);
    }
}
