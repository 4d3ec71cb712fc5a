package io.wirestream.enrich.dedupe;

import io.wirestream.contract.DedupeVerdict;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Load benchmark of the dedupe rules over the in-memory tables (not a unit test):
 * {@code java -cp ... io.wirestream.enrich.dedupe.DedupeLoadBenchmark [articles]}. Feeds synthetic
 * 120-word articles (one in ten a lightly edited copy of an earlier one), times each decide (lookup
 * + insert), and reports latency percentiles and retained heap per indexed article.
 */
public final class DedupeLoadBenchmark {

    private DedupeLoadBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Random random = new Random(42);
        String[] vocabulary = new String[50_000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = word(random);
        }
        long before = usedHeap();
        DedupeState state = DedupeState.inMemory();
        DedupeEngine engine = new DedupeEngine(state, DedupeSettings.defaults());
        long[] nanos = new long[n];
        String[] recent = new String[1000];
        Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
        int near = 0;
        for (int i = 0; i < n; i++) {
            String body;
            if (i > 1000 && i % 10 == 0) {
                body = recent[random.nextInt(recent.length)].replaceFirst(" \\w+ ", " edited ") + " Extra closing line here.";
            } else {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 120; w++) {
                    text.append(w % 15 == 0 && w > 0 ? ". " : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
                }
                body = text.toString();
                recent[i % recent.length] = body;
            }
            DedupeInput input = new DedupeInput("a" + i, "bench", body, null, 1, false, null, t0.plusMillis(i * 100L));
            long start = System.nanoTime();
            if (engine.decide(input).kind() == DedupeVerdict.Kind.NEAR) {
                near++;
            }
            nanos[i] = System.nanoTime() - start;
        }
        long after = usedHeap();
        long[] last = Arrays.copyOfRange(nanos, n / 2, n);
        Arrays.sort(last);
        System.out.printf(Locale.ROOT, "articles %d (near found %d); decide over the second half: p50 %.1f us, p99 %.1f us, "
                + "max %.1f us; retained heap %.0f bytes per article (%d signatures, %d buckets)%n", n, near,
                last[last.length / 2] / 1e3, last[(int) (last.length * 0.99)] / 1e3, last[last.length - 1] / 1e3,
                (after - before) / (double) n, ((DedupeState.MapTable<?>) state.signatures()).size(),
                ((DedupeState.MapTable<?>) state.buckets()).size());
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String word(Random random) {
        char[] c = new char[4 + random.nextInt(6)];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(c);
    }
}
