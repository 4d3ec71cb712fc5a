package io.wirestream.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FingerprintMathTest {

    @Test
    void jaccardCountsAgreeingBytesLikeAPlainLoop() {
        Random random = new Random(1);
        for (int round = 0; round < 2_000; round++) {
            byte[] a = new byte[Fingerprint.HASHES + 8];
            byte[] b = new byte[Fingerprint.HASHES];
            random.nextBytes(a);
            random.nextBytes(b);
            for (int i = 0; i < b.length; i++) {
                if (random.nextInt(4) > 0) {
                    b[i] = a[8 + i]; // mostly equal, some bytes 0x80/0x00 apart, some not
                } else if (random.nextBoolean()) {
                    b[i] = (byte) (a[8 + i] ^ 0x80);
                }
            }
            int same = 0;
            for (int i = 0; i < b.length; i++) {
                same += a[8 + i] == b[i] ? 1 : 0;
            }
            double expected = Math.max(0, (same / 64.0 - 1 / 256.0) / (1 - 1 / 256.0));
            assertThat(Fingerprint.jaccard(a, 8, b, 0)).isEqualTo(expected);
        }
    }

    @Test
    void templateGuardWantsTheShorterSamplesNumbersAndNamesInTheOther() {
        char[] names = {2, 4, 6, 8, 10};
        char[] numbers = {1, 3, 5, 7, 9};
        char[] both = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        char[] otherNumbers = {2, 4, 6, 8, 10, 11, 13, 15, 17, 19};
        assertThat(TemplateGuard.passes(both, 0, 10, 10, both, 0, 10, 10, 0.55, 0.65)).isTrue();
        // same names, other numbers: a templated story
        assertThat(TemplateGuard.passes(both, 0, 10, 10, otherNumbers, 0, 10, 10, 0.55, 0.65)).isFalse();
        // the shorter's names all in the longer
        assertThat(TemplateGuard.passes(names, 0, 5, 5, both, 0, 10, 10, 0.55, 0.65)).isTrue();
        assertThat(TemplateGuard.passes(both, 0, 10, 10, names, 0, 5, 5, 0.55, 0.65)).isTrue();
        // the shorter's numbers are not in the other
        assertThat(TemplateGuard.passes(numbers, 0, 5, 5, otherNumbers, 0, 10, 10, 0.55, 0.65)).isFalse();
        // fewer than three tokens compared say nothing
        assertThat(TemplateGuard.passes(new char[] {1, 3}, 0, 2, 2, names, 0, 5, 5, 0.55, 0.65)).isTrue();
    }
}
