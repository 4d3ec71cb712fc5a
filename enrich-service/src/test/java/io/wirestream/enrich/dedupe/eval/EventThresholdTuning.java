package io.wirestream.enrich.dedupe.eval;

import io.wirestream.contract.DedupeVerdict;
import io.wirestream.enrich.dedupe.BatchDedupe;
import io.wirestream.enrich.dedupe.DedupeInput;
import io.wirestream.enrich.dedupe.DedupeSettings;
import io.wirestream.enrich.dedupe.eval.EvaluationSet.Article;
import io.wirestream.enrich.event.EventInput;
import io.wirestream.enrich.event.EventLinker;
import io.wirestream.enrich.event.EventSettings;
import io.wirestream.enrich.event.EventState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses the same-event thresholds on the tuning half of the evaluation set (a main, not a test):
 * every combination of the grid is run over the originals, and the ones without a false link on
 * the tuning half are listed by recall. The test half is only looked at by
 * {@link SameEventEvaluationTest}, with the thresholds picked here.
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.wirestream.enrich.dedupe.eval.EventThresholdTuning
 * </pre>
 */
public final class EventThresholdTuning {

    private EventThresholdTuning() {
    }

    public static void main(String[] args) throws Exception {
        List<Article> set = SameEventEvaluationTest.set();
        List<DedupeInput> inputs = new ArrayList<>(set.stream().map(Article::input).toList());
        Map<String, DedupeVerdict> dedupe = BatchDedupe.run(inputs, DedupeSettings.defaults());
        inputs.sort(BatchDedupe.ARRIVAL);
        if (args.length == 5) { // one setting, with its false links
            EventSettings one = new EventSettings(Duration.ofHours(48), 64, 64, 32, Integer.parseInt(args[0]),
                    Double.parseDouble(args[1]), Double.parseDouble(args[2]), Double.parseDouble(args[3]),
                    Double.parseDouble(args[4]));
            System.out.println(EventEvaluation.score(set, run(inputs, dedupe, one), EventEvaluation.TUNING).text("tuning"));
            return;
        }
        List<String> rows = new ArrayList<>();
        for (int minFacts : new int[] {3}) {
            for (double factShare : new double[] {0.4, 0.5, 0.6}) {
                for (double wordShare : new double[] {0.15, 0.2, 0.3}) {
                    for (double similarity : new double[] {0.25, 0.3, 0.4}) {
                        EventSettings settings = new EventSettings(Duration.ofHours(48), 64, 64, 32, minFacts, factShare,
                                0.5, wordShare, similarity);
                        EventEvaluation.Report r = EventEvaluation.score(set, run(inputs, dedupe, settings),
                                EventEvaluation.TUNING);
                        rows.add(String.format(Locale.ROOT, "%.4f %.4f facts>=%d factShare>=%.2f wordShare>=%.2f sim>=%.2f "
                                + "(%d false)", r.recall(), r.precision(), minFacts, factShare, wordShare, similarity,
                                r.falseLinks().size()));
                    }
                }
            }
        }
        rows.sort((a, b) -> b.compareTo(a));
        rows.stream().filter(r -> r.contains("(0 false)")).limit(15).forEach(System.out::println);
        System.out.println("-- best with false links --");
        rows.stream().limit(10).forEach(System.out::println);
    }

    static Map<String, DedupeVerdict> run(List<DedupeInput> byArrival, Map<String, DedupeVerdict> dedupe,
            EventSettings settings) {
        EventLinker linker = new EventLinker(EventState.inMemory(), settings);
        Map<String, DedupeVerdict> out = new HashMap<>();
        for (DedupeInput in : byArrival) {
            DedupeVerdict v = dedupe.get(in.id());
            v = new DedupeVerdict(v.kind(), v.of(), v.story(), v.similarity());
            if (v.kind() == DedupeVerdict.Kind.ORIGINAL) {
                v = v.withSameEvent(linker.link(new EventInput(in.id(), v.story(), in.body(), in.receivedAt())));
            }
            out.put(in.id(), v);
        }
        return out;
    }
}
