package io.wirestream.ingest.accept;

import io.wirestream.contract.WireFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One INFO line per source per interval ({@code wirestream.ingest.audit.summary-interval}, default a
 * minute) with the number of articles it accepted, by format, and of repeats; nothing for a quiet
 * source. Why not a line per article: at thousands of articles per second that line (an ECS JSON
 * document each) cost ~5% of ingest's CPU and said little a count does not. The per-article line
 * is still logged at DEBUG; each accepted id is also written to the accepted-ledger (kept for the
 * ledger's retention) and the article itself is on the raw topic. What is counted in the last
 * interval is logged when the service stops.
 */
@Component
public class AcceptedSummary implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AcceptedSummary.class);
    private static final WireFormat[] FORMATS = WireFormat.values();

    /** Counts of one source since the last summary; added to concurrently, read by the summary. */
    private static final class Counts {
        final LongAdder[] accepted = new LongAdder[FORMATS.length];
        final LongAdder repeats = new LongAdder();

        Counts() {
            for (int i = 0; i < accepted.length; i++) {
                accepted[i] = new LongAdder();
            }
        }
    }

    /** One source's summary line: accepted articles by format, and repeats (answered 200, nothing sent). */
    public record Line(String source, long accepted, Map<WireFormat, Long> byFormat, long repeats) {
    }

    private final Map<String, Counts> bySource = new ConcurrentHashMap<>();
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    public AcceptedSummary(AuditProperties properties) {
        this.interval = properties.summaryInterval();
    }

    public void accepted(String source, WireFormat format) {
        counts(source).accepted[format.ordinal()].increment();
    }

    public void repeated(String source) {
        counts(source).repeats.increment();
    }

    private Counts counts(String source) {
        Counts counts = bySource.get(source);
        return counts != null ? counts : bySource.computeIfAbsent(source, s -> new Counts());
    }

    /**
     * What was counted since the last call, one line per source that accepted or repeated anything,
     * and starts counting afresh. An article counted while this runs lands in this or the next summary,
     * never in neither (each counter is read and zeroed atomically).
     */
    public List<Line> drain() {
        List<Line> lines = new ArrayList<>();
        bySource.forEach((source, counts) -> {
            Map<WireFormat, Long> byFormat = new EnumMap<>(WireFormat.class);
            long accepted = 0;
            for (WireFormat format : FORMATS) {
                long n = counts.accepted[format.ordinal()].sumThenReset();
                if (n > 0) {
                    byFormat.put(format, n);
                    accepted += n;
                }
            }
            long repeats = counts.repeats.sumThenReset();
            if (accepted > 0 || repeats > 0) {
                lines.add(new Line(source, accepted, byFormat, repeats));
            }
        });
        lines.sort(Comparator.comparing(Line::source));
        return lines;
    }

    void logSummary() {
        for (Line line : drain()) {
            log.atInfo().addKeyValue("source", line.source()).addKeyValue("accepted", line.accepted())
                    .addKeyValue("repeats", line.repeats())
                    .log("AcceptedSummary: source {} accepted {} articles ({}) and {} repeats in the last {}",
                            line.source(), line.accepted(), formats(line.byFormat()), line.repeats(), interval);
        }
    }

    private static String formats(Map<WireFormat, Long> byFormat) {
        if (byFormat.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        byFormat.forEach((format, n) -> text.append(text.isEmpty() ? "" : ", ")
                .append(format.name().toLowerCase(Locale.ROOT)).append(' ').append(n));
        return text.toString();
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("accepted-summary").daemon().factory());
        scheduler.scheduleAtFixedRate(this::logSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void logSafely() {
        try {
            logSummary();
        } catch (RuntimeException e) {
            log.warn("Could not log the accepted-articles summary: {}", e.toString()); // and keep the schedule
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
            logSafely(); // the last, partial interval
        }
    }

    /** Stops after the web server and the other doors, so articles accepted while they drain are still summarised. */
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
