package io.wirestream.ingest.feed;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conditional-GET validators ({@code ETag}, {@code Last-Modified}) of each polled feed, kept in
 * {@code <data-dir>/feed-validators.properties} so that the first poll after a restart is conditional
 * too (a 304 costs the feed's server almost nothing). The file is small and rewritten whole (temp file,
 * then an atomic move) only when a validator changes. Validators are tied to the feed URL: a source
 * whose feed moved starts over. A lost or unreadable file only costs one full fetch; the ledger of
 * accepted items still keeps the items from being sent twice.
 */
final class FeedValidators {

    private static final Logger log = LoggerFactory.getLogger(FeedValidators.class);
    private static final String FILE = "feed-validators.properties";

    /** What the feed's server answered last time, for the feed at {@code url}. */
    record Validators(URI url, String etag, String lastModified) {

        boolean isEmpty() {
            return etag == null && lastModified == null;
        }
    }

    private final Path file;
    private final Map<String, Validators> bySource = new ConcurrentHashMap<>();

    FeedValidators(Path dataDir) {
        this.file = dataDir.resolve(FILE);
        load();
    }

    /** The validators of the source's feed, or null when none are known for this URL. */
    Validators get(String source, URI url) {
        Validators known = bySource.get(source);
        return known != null && known.url().equals(url) ? known : null;
    }

    /** Remembers the validators of the answer just processed; written to disk only when they changed. */
    synchronized void put(String source, Validators validators) {
        if (Objects.equals(bySource.get(source), validators)) {
            return;
        }
        if (validators.isEmpty()) {
            bySource.remove(source);
        } else {
            bySource.put(source, validators);
        }
        try {
            write();
        } catch (IOException e) {
            log.warn("Feed validators could not be written to {} (kept in memory): {}", file, e.toString());
        }
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        Properties stored = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Feed validators in {} are unreadable; the next polls fetch whole feeds: {}", file, e.toString());
            return;
        }
        for (String key : stored.stringPropertyNames()) {
            if (!key.endsWith(".url")) {
                continue;
            }
            String source = key.substring(0, key.length() - ".url".length());
            try {
                Validators validators = new Validators(URI.create(stored.getProperty(key)),
                        stored.getProperty(source + ".etag"), stored.getProperty(source + ".last-modified"));
                if (!validators.isEmpty()) {
                    bySource.put(source, validators);
                }
            } catch (IllegalArgumentException e) {
                log.warn("Feed validators of source {} ignored: {}", source, e.getMessage());
            }
        }
    }

    private void write() throws IOException {
        Properties stored = new Properties();
        bySource.forEach((source, v) -> {
            stored.setProperty(source + ".url", v.url().toString());
            if (v.etag() != null) {
                stored.setProperty(source + ".etag", v.etag());
            }
            if (v.lastModified() != null) {
                stored.setProperty(source + ".last-modified", v.lastModified());
            }
        });
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path next = file.resolveSibling(FILE + ".tmp");
        try (Writer writer = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
            stored.store(writer, "conditional-GET validators of polled feeds, by source");
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
