package io.wirestream.ingest.dropfolder;

import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestProperties;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.accept.ArticleAcceptor;
import io.wirestream.ingest.intake.ArticleIntake;
import io.wirestream.ingest.intake.PreparedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Watches each source's drop folder. Only regular files directly inside the folder are read, never
 * through a link, so no name or link can make ingest read outside it; a file is taken once complete
 * (unchanged for the configured time, or with a {@code .done} marker), its items are accepted like
 * a push, and it moves to {@code processed/} or {@code error/} with a {@code .reason.txt} beside it.
 * A file Kafka could not take stays where it is and is tried again on the next scan.
 */
@Component
public class DropFolderWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DropFolderWatcher.class);
    static final String PROCESSED = "processed";
    static final String ERROR = "error";
    static final String DONE_SUFFIX = ".done";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final IngestProperties properties;
    private final ArticleIntake intake;
    private final ArticleAcceptor acceptor;
    private final Map<Path, Seen> seen = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    public DropFolderWatcher(IngestProperties properties, ArticleIntake intake, ArticleAcceptor acceptor) {
        this.properties = properties;
        this.intake = intake;
        this.acceptor = acceptor;
    }

    private record Seen(long size, long modified, long unchangedSinceNanos) {
    }

    @Override
    public synchronized void start() {
        var folders = properties.sources().entrySet().stream().filter(e -> e.getValue().dropFolder() != null).toList();
        if (folders.isEmpty()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("drop-folder").daemon().factory());
        for (var entry : folders) {
            IngestProperties.DropFolder folder = entry.getValue().dropFolder();
            try {
                Files.createDirectories(folder.path().resolve(PROCESSED));
                Files.createDirectories(folder.path().resolve(ERROR));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot prepare drop folder " + folder.path() + " of source "
                        + entry.getKey(), e);
            }
            long every = Math.max(50, folder.pollInterval().toMillis());
            scheduler.scheduleWithFixedDelay(() -> scanSafely(entry.getKey(), folder), 0, every, TimeUnit.MILLISECONDS);
            log.info("Watching drop folder {} for source {}", folder.path(), entry.getKey());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    private void scanSafely(String source, IngestProperties.DropFolder folder) {
        try {
            scan(source, folder);
        } catch (RuntimeException | IOException e) {
            log.warn("Scanning drop folder {} of source {} failed: {}", folder.path(), source, e.toString());
        }
    }

    void scan(String source, IngestProperties.DropFolder folder) throws IOException {
        Path root = folder.path().toRealPath();
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(root)) {
            stream.forEach(entries::add);
        }
        long now = System.nanoTime();
        for (Path file : entries) {
            String name = file.getFileName().toString();
            if (name.startsWith(".") || name.endsWith(DONE_SUFFIX) || name.endsWith(".part") || name.endsWith(".tmp")) {
                continue;
            }
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isDirectory()) {
                continue;
            }
            if (!attributes.isRegularFile()) {
                moveAway(root, file, ERROR, "Not a regular file (a link or device); drop-folder files are never"
                        + " read through links.");
                continue;
            }
            boolean marked = Files.exists(root.resolve(name + DONE_SUFFIX), LinkOption.NOFOLLOW_LINKS);
            if (!marked && !stable(file, attributes, now, folder.stableFor())) {
                continue;
            }
            seen.remove(file);
            process(source, root, file, name);
        }
    }

    /** True once size and modification time have not changed for {@code stableFor}. */
    private boolean stable(Path file, BasicFileAttributes attributes, long now, Duration stableFor) {
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        Seen previous = seen.get(file);
        if (previous == null || previous.size() != size || previous.modified() != modified) {
            seen.put(file, new Seen(size, modified, now));
            return false;
        }
        return now - previous.unchangedSinceNanos() >= stableFor.toNanos();
    }

    private void process(String source, Path root, Path file, String name) throws IOException {
        PreparedDocument document;
        try {
            document = intake.prepare(source, hint(name), read(file, name), Instant.now());
        } catch (IngestException e) {
            moveAway(root, file, ERROR, describe(e));
            return;
        }
        List<String> refused = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < document.entries().size(); i++) {
            PreparedDocument.Entry entry = document.entries().get(i);
            IngestException problem = entry.problem();
            if (problem == null) {
                try {
                    acceptor.accept(source, entry.article(), null);
                    accepted++;
                    continue;
                } catch (IngestException e) {
                    if (e.problem() == Problem.KAFKA_UNAVAILABLE) {
                        // Leave the file; items already sent are repeats next time and are not sent twice.
                        log.warn("Kafka did not take {} from drop folder of {}; will retry", name, source);
                        return;
                    }
                    problem = e;
                }
            }
            refused.add("item " + i + ": " + describe(problem));
        }
        if (accepted == 0) {
            moveAway(root, file, ERROR, String.join("\n", refused));
        } else {
            moveAway(root, file, PROCESSED, refused.isEmpty() ? null : String.join("\n", refused));
        }
    }

    private byte[] read(Path file, String name) throws IOException {
        long limit = properties.maxPayloadSize().toBytes();
        if (Files.size(file) > limit) {
            throw new IngestException(Problem.PAYLOAD_TOO_LARGE, "The file is larger than " + limit + " bytes.");
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (!name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
                return bytes;
            }
            try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                byte[] inflated = gz.readNBytes((int) properties.maxDecompressedSize().toBytes() + 1);
                if (inflated.length > properties.maxDecompressedSize().toBytes()) {
                    throw new IngestException(Problem.DECOMPRESSED_TOO_LARGE, "The file inflates beyond "
                            + properties.maxDecompressedSize().toBytes() + " bytes.");
                }
                return inflated;
            }
        }
    }

    /** The extension is a hint for what the content leaves open (HTML versus text), nothing more. */
    private static MediaType hint(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        return lower.endsWith(".html") || lower.endsWith(".htm") ? MediaType.TEXT_HTML : null;
    }

    private void moveAway(Path root, Path file, String where, String reason) throws IOException {
        String target = STAMP.format(Instant.now()) + "-" + file.getFileName();
        Path destination = root.resolve(where).resolve(target);
        Files.move(file, destination, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(root.resolve(file.getFileName() + DONE_SUFFIX));
        if (reason != null) {
            Files.writeString(root.resolve(where).resolve(target + ".reason.txt"), reason + "\n", StandardCharsets.UTF_8);
        }
        log.info("Drop-folder file {} moved to {}{}", file.getFileName(), where, reason == null ? "" : ": " + reason);
    }

    private static String describe(IngestException e) {
        return e.problem().type() + " (" + e.getStatusCode().value() + "): " + e.getBody().getDetail();
    }
}
