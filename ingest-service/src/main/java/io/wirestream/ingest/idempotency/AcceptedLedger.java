package io.wirestream.ingest.idempotency;

import io.wirestream.contract.ArticleIds;
import io.wirestream.ingest.IngestProperties;
import io.wirestream.ingest.datadir.DataDirLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Remembers which items were accepted (after Kafka acknowledged them), so a repeated push is
 * answered with the first id and produces nothing. The memory is an append-only file under
 * {@code wirestream.ingest.data-dir}, read back at startup: one line per accepted item,
 * {@code <sha-256 of the identity> <article id> <epoch second accepted>}. Hashing keeps provider
 * guids (which may hold any character) out of the file format.
 *
 * <p>Bounded: an item is forgotten after {@code wirestream.ingest.ledger.retention} (default 30
 * days) and at most {@code ledger.max-entries} are kept, oldest dropped first. The file is compacted
 * (rewritten with the live entries, then atomically moved over the old one) at startup and whenever
 * it holds twice as many lines as live entries, so it does not grow forever.
 *
 * <p>Why a local file and not a compacted Kafka topic: the answer must not depend on Kafka being
 * reachable at startup, and one small file is trivial to back up or delete. Its limit: each ingest
 * instance remembers only what it accepted itself; with several instances behind a balancer a
 * repeat may still reach Kafka, where enrich's identity store absorbs it (verdict "exact").
 * A line torn by a crash mid-write is skipped on reading; lines of the first format (no time) count
 * as accepted at load time. The file has one writer: the service opens it only while holding the
 * {@link DataDirLock}, so a second instance on the same data dir fails to start instead of
 * corrupting it.
 */
@Component
public class AcceptedLedger implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AcceptedLedger.class);
    static final String FILE_NAME = "accepted-v1.log";
    private static final int HASH = 64;
    private static final int ID = 36;

    private record Entry(String key, long acceptedAt) {
    }

    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    /** Insertion (= acceptance) order, for expiry and the size cap; guarded by this. */
    private final ArrayDeque<Entry> order = new ArrayDeque<>();
    private final Path file;
    private final Clock clock;
    private final Duration retention;
    private final int maxEntries;
    private Writer out;
    private long linesInFile;

    /** The service's ledger; {@code lock} is held, so no other instance writes the same file. */
    @Autowired
    public AcceptedLedger(IngestProperties properties, DataDirLock lock) {
        this(properties, Clock.systemUTC());
    }

    AcceptedLedger(IngestProperties properties, Clock clock) {
        this.file = properties.dataDir().resolve(FILE_NAME);
        this.clock = clock;
        this.retention = properties.ledger().retention();
        this.maxEntries = properties.ledger().maxEntries();
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
        long now = clock.instant().getEpochSecond();
        order.addLast(new Entry(key, now));
        expire(now);
        try {
            // Written through to the OS at once (a crash of the process loses nothing); kept open,
            // so an accepted item costs one write, not an open/append/close.
            out.write(key + " " + articleId + " " + now + "\n");
            out.flush();
            linesInFile++;
            if (linesInFile > 1024 && linesInFile > 2L * accepted.size()) {
                compact();
            }
        } catch (IOException e) {
            // The item is in Kafka already; losing its ledger line only weakens the repeat check.
            log.warn("Could not record accepted item in {}: {}", file, e.toString());
        }
    }

    public int size() {
        return accepted.size();
    }

    private void expire(long now) {
        long oldestKept = now - retention.toSeconds();
        while (!order.isEmpty() && (order.peekFirst().acceptedAt() < oldestKept || order.size() > maxEntries)) {
            accepted.remove(order.removeFirst().key());
        }
    }

    private void load() {
        try {
            Files.createDirectories(file.getParent());
            long loadedAt = clock.instant().getEpochSecond();
            if (Files.exists(file)) {
                try (Stream<String> lines = Files.lines(file, StandardCharsets.US_ASCII)) {
                    lines.forEach(line -> read(line, loadedAt));
                }
            }
            expire(loadedAt);
            compact();
            log.info("Ledger of accepted items: {} entries from {} (retention {}, at most {})", accepted.size(), file,
                    retention, maxEntries);
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("Cannot open the ledger of accepted items at " + file
                    + "; set wirestream.ingest.data-dir to a writable directory",
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    private void read(String line, long loadedAt) {
        if (line.length() < HASH + 1 + ID || line.charAt(HASH) != ' ') {
            return; // torn
        }
        String key = line.substring(0, HASH);
        String id = line.substring(HASH + 1, HASH + 1 + ID);
        long acceptedAt = loadedAt;
        if (line.length() > HASH + 1 + ID) {
            if (line.charAt(HASH + 1 + ID) != ' ') {
                return;
            }
            try {
                acceptedAt = Long.parseLong(line.substring(HASH + 2 + ID));
            } catch (NumberFormatException torn) {
                return;
            }
        }
        if (accepted.putIfAbsent(key, id) == null) {
            order.addLast(new Entry(key, acceptedAt));
        }
    }

    /** Rewrites the file with the live entries only; a crash mid-way leaves the old file whole. */
    private void compact() throws IOException {
        if (out != null) {
            out.close();
        }
        Path next = file.resolveSibling(FILE_NAME + ".compacting");
        try (Writer writer = Files.newBufferedWriter(next, StandardCharsets.US_ASCII)) {
            for (Entry entry : order) {
                writer.write(entry.key() + " " + accepted.get(entry.key()) + " " + entry.acceptedAt() + "\n");
            }
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        linesInFile = order.size();
        out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }

    private static String hash(String identity) {
        return ArticleIds.sha256(identity);
    }
}
