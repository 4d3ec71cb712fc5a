package io.wirestream.ingest.datadir;

import io.wirestream.ingest.IngestProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Makes this process the only user of ingest's data dir for as long as it runs. The files there
 * (the ledger of accepted items, the feed validators) have a single writer each: a second
 * instance started on the same folder would interleave half-lines into the ledger and compact
 * the file under the first one's open handle. So the second instance refuses to start, with a
 * message naming the folder, instead of corrupting it.
 *
 * <p>An operating-system lock on {@code <data-dir>/ingest.lock}: it goes away with the process,
 * however that ends, so a crash never leaves a stale lock behind.
 */
@Component
public final class DataDirLock implements AutoCloseable {

    static final String FILE_NAME = "ingest.lock";
    private static final Logger log = LoggerFactory.getLogger(DataDirLock.class);

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    @Autowired
    public DataDirLock(IngestProperties properties) {
        this(properties.dataDir());
    }

    DataDirLock(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
        FileChannel opened = null;
        try {
            Files.createDirectories(dataDir);
            opened = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock acquired = tryLock(opened);
            if (acquired == null) {
                throw new IllegalStateException("Another ingest-service instance is using the data dir " + dataDir
                        + " (it holds " + file + "). Give every instance its own wirestream.ingest.data-dir"
                        + " (WIRESTREAM_INGEST_DATA_DIR), or stop the other one first.");
            }
            this.channel = opened;
            this.lock = acquired;
            log.info("Data dir {} locked for this instance", dataDir);
        } catch (IOException e) {
            closeQuietly(opened);
            throw new UncheckedIOException("Cannot lock the data dir " + dataDir
                    + "; set wirestream.ingest.data-dir to a writable directory", e);
        } catch (RuntimeException e) {
            closeQuietly(opened);
            throw e;
        }
    }

    /** The lock, or null when another process (or another instance in this JVM) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Start-up is failing already; the first error is the one worth reporting.
            }
        }
    }
}
