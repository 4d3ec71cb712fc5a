package io.wirestream.enrich.dedupe;

import static io.wirestream.enrich.dedupe.Stories.FERRY;
import static io.wirestream.enrich.dedupe.Stories.article;
import static io.wirestream.enrich.dedupe.Stories.item;
import static io.wirestream.enrich.dedupe.Stories.market;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.DedupeVerdict.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DedupeEngineTest {

    private final DedupeEngine engine = new DedupeEngine(DedupeState.inMemory(), DedupeSettings.defaults());

    @Test
    void sameBodyWithOtherSpacingAndQuotesIsExact() {
        String styled = FERRY.replace("'", "’").replace(" the ", " the\u00A0").replace("\n\n", "\r\n\r\n");
        assertThat(engine.decide(article("a", FERRY, 0))).isEqualTo(DedupeVerdict.original("a"));
        assertThat(engine.decide(article("b", styled, 5))).isEqualTo(DedupeVerdict.exactDuplicateOf("a", "a"));
    }

    @Test
    void lightlyEditedCopyInAnotherWrapperIsNear() {
        engine.decide(article("a", FERRY, 0));
        String copy = "By Tom Okafor\n\nEASTPORT (Valley News) - " + FERRY.replace("engineers", "enginers")
                .replace("Thursday", "Thrusday") + "\n\n© 2025 Valley News. All rights reserved.";
        DedupeVerdict verdict = engine.decide(article("b", copy, 5));
        assertThat(verdict.kind()).isEqualTo(Kind.NEAR);
        assertThat(verdict.of()).isEqualTo("a");
        assertThat(verdict.story()).isEqualTo("a");
        assertThat(verdict.similarity()).isBetween(0.65, 1.0);
    }

    @Test
    void shortVersionKeepingTheFirstHalfIsNearByContainment() {
        engine.decide(article("a", FERRY, 0));
        String[] paragraphs = FERRY.split("\n\n");
        String firstHalf = String.join("\n\n", List.of(paragraphs).subList(0, paragraphs.length / 2));
        DedupeVerdict verdict = engine.decide(article("short", firstHalf, 3));
        assertThat(verdict.kind()).isEqualTo(Kind.NEAR);
        assertThat(verdict.of()).isEqualTo("a");
        assertThat(verdict.similarity()).isGreaterThan(0.8);
        assertThat(Fingerprint.of(firstHalf).jaccard(Fingerprint.of(FERRY))).isLessThan(0.65);
    }

    @Test
    void templatedReportsWithOtherNumbersAndNamesStayOriginals() {
        String monday = market("Northwind Traders", 2.4, 31.20, 121, 15234.10);
        String tuesday = market("Helios Energy", 1.1, 8.75, 87, 15102.45);
        assertThat(Fingerprint.of(monday).jaccard(Fingerprint.of(tuesday))).isGreaterThan(0.2);
        assertThat(engine.decide(article("m1", monday, 0)).kind()).isEqualTo(Kind.ORIGINAL);
        assertThat(engine.decide(article("m2", tuesday, 60)).kind()).isEqualTo(Kind.ORIGINAL);
        // the same report carried again is still caught
        assertThat(engine.decide(article("m3", monday.replace("Tuesday", "Tuesday morning"), 61)).of()).isEqualTo("m1");
    }

    @Test
    void versionsCorrectionsAndKillsFollowProviderIdentityNotText() {
        String killNotice = "KILL: The story slugged FERRY has been withdrawn. Please remove it from all systems.";
        assertThat(engine.decide(item("v1", "g-1", 1, FERRY, 0, false, null)).kind()).isEqualTo(Kind.ORIGINAL);
        assertThat(engine.decide(item("v1-again", "g-1", 1, FERRY, 1, false, null)))
                .isEqualTo(DedupeVerdict.exactDuplicateOf("v1", "v1"));
        DedupeVerdict update = engine.decide(item("v2", "g-1", 2, "Completely new text about the ferry works.", 2, false, null));
        assertThat(update).isEqualTo(new DedupeVerdict(Kind.VERSION, "v1", "v1", null));
        DedupeVerdict correction = engine.decide(item("v2c", "g-1", 2, "CORRECTION: the cost is 3.2 million euros.", 3,
                false, "correction"));
        assertThat(correction.kind()).isEqualTo(Kind.VERSION);
        assertThat(correction.of()).isEqualTo("v1");
        assertThat(engine.decide(item("kill", "g-1", 3, killNotice, 4, true, null)))
                .isEqualTo(new DedupeVerdict(Kind.KILL, "v1", "v1", null));

        // another item's identical kill notice is that item's kill, not a copy of the first
        engine.decide(item("w1", "g-2", 1, market("Orion Telecom", 0.4, 12.0, 99, 15000.0), 5, false, null));
        assertThat(engine.decide(item("w-kill", "g-2", 2, killNotice, 6, true, null)))
                .isEqualTo(new DedupeVerdict(Kind.KILL, "w1", "w1", null));
        // the same guid from another source is another item
        assertThat(engine.decide(new DedupeInput("x1", "other-wire", "Unrelated short note.", "g-1", 2, false, null,
                Stories.T0.plusSeconds(600))).kind()).isEqualTo(Kind.ORIGINAL);
    }

    @Test
    void copiesOfAVersionJoinTheItemsStory() {
        engine.decide(item("v1", "g-1", 1, market("Acme Industrial", 1.0, 10.0, 100, 15000.0), 0, false, null));
        engine.decide(item("v2", "g-1", 2, FERRY, 1, false, null));
        assertThat(engine.decide(article("copy", FERRY, 2))).isEqualTo(DedupeVerdict.exactDuplicateOf("v2", "v1"));
    }

    @Test
    void theEarliestReceivedIsTheOriginalWhateverTheInputOrder() {
        DedupeInput late = article("zz", FERRY, 10);
        DedupeInput early = article("yy", FERRY + "\n\nReporting by Lena Holt.", 1);
        DedupeInput tie = article("aa", FERRY + "\n\nReporting by Lena Holt.", 1);
        Map<String, DedupeVerdict> verdicts = BatchDedupe.run(List.of(late, early, tie), DedupeSettings.defaults());
        assertThat(verdicts.get("aa").kind()).isEqualTo(Kind.ORIGINAL);
        assertThat(verdicts.get("yy")).isEqualTo(DedupeVerdict.exactDuplicateOf("aa", "aa"));
        assertThat(verdicts.get("zz").of()).isEqualTo("aa");
        assertThat(verdicts.keySet()).containsExactly("aa", "yy", "zz");
    }

    @Test
    void stateOlderThanTheWindowIsForgotten() {
        DedupeState state = DedupeState.inMemory();
        DedupeEngine windowed = new DedupeEngine(state, DedupeSettings.withWindow(Duration.ofDays(1)));
        windowed.decide(item("old", "g-9", 1, FERRY, 0, false, null));
        assertThat(windowed.decide(article("copy", FERRY, 60 * 25)).kind()).isEqualTo(Kind.ORIGINAL);
        assertThat(windowed.decide(item("v2", "g-9", 2, "Later text.", 60 * 26, false, null)).kind()).isEqualTo(Kind.ORIGINAL);
        assertThat(state.near().size()).isEqualTo(2);
        assertThat(windowed.expire(Stories.T0.plus(Duration.ofDays(3)))).isGreaterThan(0);
        assertThat(state.near().size()).isZero();
        assertThat(((DedupeState.MapTable<?>) state.items()).size()).isZero();
    }

    @Test
    void unrelatedStoriesOnTheSameTopicAreNotMerged() {
        engine.decide(article("a", FERRY, 0));
        String other = String.join("\n\n",
                "Eastport council approved a new cycle lane along Quay Road on Thursday after a two-year debate over "
                        + "parking spaces that shop owners wanted to keep.",
                "Councillor Maria Jensen said the lane would connect the hospital with the harbour and be finished "
                        + "before the winter, at a cost of 800,000 euros.",
                "Residents have complained for years about heavy lorries on the road, which was resurfaced in 2019.");
        assertThat(engine.decide(article("b", other, 5)).kind()).isEqualTo(Kind.ORIGINAL);
    }
}
