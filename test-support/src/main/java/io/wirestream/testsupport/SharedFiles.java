package io.wirestream.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the workplace's {@code shared/} folder (beside the repository root) for tests that read
 * its samples or benchmarks, and skips such a test with a message where it is absent.
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    /** The path of {@code relative} inside shared/, or an aborted (skipped) test if it is missing. */
    public static Path require(String relative) {
        Path root = locateSharedRoot();
        Assumptions.assumeTrue(root != null, () -> "skipped: ../shared is absent, so " + relative + " cannot be read");
        Path file = root.resolve(relative);
        Assumptions.assumeTrue(Files.exists(file), () -> "skipped: " + file + " is absent");
        return file;
    }

    private static Path locateSharedRoot() {
        String configured = System.getenv("WIRESTREAM_SHARED_DIR");
        if (configured != null && !configured.isBlank()) {
            return Files.isDirectory(Path.of(configured)) ? Path.of(configured) : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("samples"))) {
                return candidate;
            }
            if (Files.exists(dir.resolve("mvnw"))) {
                Path sibling = dir.resolveSibling("shared");
                return Files.isDirectory(sibling) ? sibling : null;
            }
        }
        return null;
    }
}
