package io.wirestream.ingest.accept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.wirestream.contract.WireFormat;
import io.wirestream.ingest.accept.AcceptedSummary.Line;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class AcceptedSummaryTest {

    private final AcceptedSummary summary = new AcceptedSummary(new AuditProperties(Duration.ofMinutes(1)));

    @Test
    void countsPerSourceByFormatAndStartsAfreshAfterEachSummary() {
        summary.accepted("nordwire", WireFormat.NINJS);
        summary.accepted("nordwire", WireFormat.NINJS);
        summary.accepted("nordwire", WireFormat.NITF);
        summary.repeated("nordwire");
        summary.repeated("agencyx");

        assertThat(summary.drain()).containsExactly(
                new Line("agencyx", 0, Map.of(), 1),
                new Line("nordwire", 3, Map.of(WireFormat.NINJS, 2L, WireFormat.NITF, 1L), 1));
        assertThat(summary.drain()).as("a quiet interval logs nothing").isEmpty();

        summary.accepted("agencyx", WireFormat.TEXT);
        assertThat(summary.drain()).containsExactly(new Line("agencyx", 1, Map.of(WireFormat.TEXT, 1L), 0));
    }

    @Test
    void noArticleIsLostWhenCountedWhileTheSummaryIsTaken() throws Exception {
        int threads = 4;
        int perThread = 50_000;
        AtomicBoolean done = new AtomicBoolean();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < perThread; i++) {
                    summary.accepted("s", WireFormat.NINJS);
                }
            }));
        }
        long total = 0;
        while (!done.get()) {
            done.set(workers.stream().noneMatch(Thread::isAlive));
            total += summary.drain().stream().mapToLong(Line::accepted).sum();
        }
        total += summary.drain().stream().mapToLong(Line::accepted).sum();
        assertThat(total).isEqualTo((long) threads * perThread);
    }

    @Test
    void theIntervalDefaultsToAMinuteAndIsAtLeastASecond() {
        assertThat(new AuditProperties(null).summaryInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditProperties(Duration.ofMillis(500)));
    }
}
