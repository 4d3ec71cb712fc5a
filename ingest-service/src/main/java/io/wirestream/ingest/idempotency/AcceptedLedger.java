package io.wirestream.ingest.idempotency;

import io.wirestream.contract.ArticleIds;
import io.wirestream.ingest.IngestProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Remembers which items were accepted (after Kafka acknowledged them), so a repeated push is
 * answered with the first id and produces nothing. The memory is an append-only file under
 * {@code wirestream.ingest.data-dir}, read back at startup: one line per accepted item,
 * {@code <sha-256 of the identity> <article id>}. Hashing keeps provider guids (which may hold
 * any character) out of the file format.
 *
 * <p>Why a local file and not a compacted Kafka topic: the answer must not depend on Kafka being
 * reachable at startup, and one small file is trivial to back up or delete. Its limit: each ingest
 * instance remembers only what it accepted itself; with several instances behind a balancer a
 * repeat may still reach Kafka, where enrich's identity store absorbs it (verdict "exact").
 * A line torn by a crash mid-write is skipped on reading.
 */
@Component
public class AcceptedLedger {

    private static final Logger log = LoggerFactory.getLogger(AcceptedLedger.class);
    static final String FILE_NAME = "accepted-v1.log";

    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    private final Path file;

    public AcceptedLedger(IngestProperties properties) {
        this.file = properties.dataDir().resolve(FILE_NAME);
        load();
    }

    /** The article id an earlier push of this identity was accepted as. */
    public Optional<String> acceptedAs(String identity) {
        return Optional.ofNullable(accepted.get(hash(identity)));
    }

    /** Records an accepted item; call only after Kafka acknowledged it. */
    public synchronized void remember(String identity, String articleId) {
        String key = hash(identity);
        if (accepted.putIfAbsent(key, articleId) != null) {
            return;
        }
        try {
            Files.writeString(file, key + " " + articleId + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            // The item is in Kafka already; losing its ledger line only weakens the repeat check.
            log.warn("Could not record accepted item in {}: {}", file, e.toString());
        }
    }

    public int size() {
        return accepted.size();
    }

    private void load() {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                return;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            for (String line : lines) {
                int space = line.indexOf(' ');
                if (space == 64 && line.length() == 64 + 1 + 36) {
                    accepted.putIfAbsent(line.substring(0, space), line.substring(space + 1));
                }
            }
            log.info("Ledger of accepted items: {} entries from {}", accepted.size(), file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the ledger of accepted items at " + file
                    + "; set wirestream.ingest.data-dir to a writable directory", e);
        }
    }

    private static String hash(String identity) {
        return ArticleIds.sha256(identity);
    }
}
