package io.wirestream.enrich.dedupe;

import static io.wirestream.enrich.dedupe.Stories.FERRY;
import static io.wirestream.enrich.dedupe.Stories.market;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NearIndexTest {

    private static final DedupeSettings SETTINGS = DedupeSettings.defaults();

    @Test
    void storedSignatureReadsBackAsTheSameFingerprint() {
        Fingerprint fingerprint = Fingerprint.of(FERRY);
        IndexedArticle back = IndexedArticle.fromBytes(new IndexedArticle(1234L, fingerprint).toBytes());
        assertThat(back.receivedAt()).isEqualTo(1234L);
        assertThat(back.fingerprint().minHash()).isEqualTo(fingerprint.minHash());
        assertThat(back.fingerprint().distinct()).isEqualTo(fingerprint.distinct());
        assertThat(back.fingerprint().shingles()).isEqualTo(fingerprint.shingles());
        assertThat(back.fingerprint().distinctCount()).isEqualTo(fingerprint.distinctCount());
        // a value written by an earlier release (JSON) is skipped, not misread
        assertThat(IndexedArticle.fromBytes("{\"story\":\"a\"}".getBytes())).isNull();
    }

    /** A rebuilt index (restore) adds originals in another order than they came: it must find the same matches. */
    @Test
    void findsTheSameMatchesWhateverOrderOriginalsWereAddedIn() {
        DedupeSettings tightCap = new DedupeSettings(Duration.ofDays(30), 2, 32, 2, 8, 0.5, 0.65, 0.2, 0.55, 0.65);
        List<Object[]> originals = new ArrayList<>();
        Random random = new Random(3);
        // same-template reports crowd the same band keys, beyond the cap of 2
        for (int i = 0; i < 12; i++) {
            String body = market("Company " + i, 1.5, 20.0, 100, 15000.0) + (i % 3 == 0 ? "" : " Extra " + i);
            originals.add(new Object[] {UUID.nameUUIDFromBytes(("o" + i).getBytes()).toString(), (long) random.nextInt(5), body});
        }
        originals.add(new Object[] {"ferry", 7L, FERRY});
        NearIndex inOrder = new NearIndex(tightCap);
        originals.forEach(o -> inOrder.add((String) o[0], (long) o[1], Fingerprint.of((String) o[2])));
        List<Object[]> shuffled = new ArrayList<>(originals);
        Collections.shuffle(shuffled, new Random(11));
        NearIndex rebuilt = new NearIndex(tightCap);
        shuffled.forEach(o -> rebuilt.add((String) o[0], (long) o[1], Fingerprint.of((String) o[2])));

        int found = 0;
        for (Object[] o : originals) {
            Fingerprint probe = Fingerprint.of((String) o[2] + " Reporting by Lena Holt.");
            NearIndex.Match match = inOrder.nearest(probe, 0);
            assertThat(rebuilt.nearest(probe, 0)).isEqualTo(match);
            found += match == null ? 0 : 1;
        }
        assertThat(found).isGreaterThan(1);
        assertThat(inOrder.nearest(Fingerprint.of(FERRY.replace("engineers", "enginers")), 0).articleId()).isEqualTo("ferry");
    }

    /**
     * Long unrelated bodies have minima near the bottom of the 16-bit range, so their band values
     * often agree by chance; the minimum ids must keep such articles out of each other's candidates.
     */
    @Test
    void unrelatedArticlesRarelyShareABandKey() {
        NearIndex index = new NearIndex(SETTINGS);
        Random random = new Random(5);
        for (int i = 0; i < 1_500; i++) {
            index.add("a" + i, i, Fingerprint.of(randomWords(random, 3_000)));
        }
        int candidates = 0;
        for (int i = 0; i < 100; i++) {
            assertThat(index.nearest(Fingerprint.of(randomWords(random, 3_000)), 0)).isNull();
            candidates += index.lastCandidates();
        }
        // 16-bit band values alone gave about 25 candidates per lookup here
        assertThat(candidates / 100.0).isLessThan(2.0);
    }

    @Test
    void slotSetAddsEachSlotOnceAndClears() {
        SlotSet set = new SlotSet();
        for (int round = 0; round < 2; round++) {
            for (int slot = 0; slot < 5_000; slot += 3) {
                assertThat(set.add(slot)).isTrue();
                assertThat(set.add(slot)).isFalse();
            }
            assertThat(set.size()).isEqualTo(1_667);
            set.clear();
            assertThat(set.size()).isZero();
        }
    }

    private static String randomWords(Random random, int count) {
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < count; w++) {
            body.append(w % 15 == 0 ? ". The " : " ");
            // letters only: the tokeniser splits letters from digits
            for (int n = random.nextInt(5_000) + 1; n > 0; n /= 26) {
                body.append((char) ('a' + n % 26));
            }
        }
        return body.toString();
    }
}
