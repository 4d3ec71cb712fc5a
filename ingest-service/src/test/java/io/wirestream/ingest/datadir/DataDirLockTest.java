package io.wirestream.ingest.datadir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondInstanceOnTheSameDataDirIsRefusedUntilTheFirstLetsGo() throws Exception {
        DataDirLock first = new DataDirLock(dir);

        assertThatThrownBy(() -> new DataDirLock(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Another ingest-service instance is using the data dir " + dir)
                .hasMessageContaining("WIRESTREAM_INGEST_DATA_DIR");

        first.close();
        try (DataDirLock second = new DataDirLock(dir)) {
            assertThat(second.file()).isEqualTo(dir.resolve(DataDirLock.FILE_NAME));
        }
    }

    @Test
    void anotherDataDirIsNoConflict() throws Exception {
        try (DataDirLock a = new DataDirLock(dir.resolve("a")); DataDirLock b = new DataDirLock(dir.resolve("b"))) {
            assertThat(a.file()).isNotEqualTo(b.file());
        }
    }

    @Test
    void anotherProcessHoldingTheDirBlocksStartUpAndItsDeathLeavesNoStaleLock() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Holder.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try {
            var out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder said = new StringBuilder();
            for (String line = out.readLine(); line != null && !line.equals("locked"); line = out.readLine()) {
                said.append(line).append('\n'); // its log lines come first
            }
            assertThat(holder.isAlive()).as("the other process holds the lock; it said:%n%s", said).isTrue();

            assertThatThrownBy(() -> new DataDirLock(dir)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another ingest-service instance");
        } finally {
            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (DataDirLock after = new DataDirLock(dir)) {
            assertThat(after.file()).exists();
        }
    }

    /** Another ingest process, reduced to taking the lock and waiting to be killed. */
    public static final class Holder {

        public static void main(String[] args) throws Exception {
            DataDirLock lock = new DataDirLock(Path.of(args[0]));
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(120_000);
            lock.close();
        }
    }
}
