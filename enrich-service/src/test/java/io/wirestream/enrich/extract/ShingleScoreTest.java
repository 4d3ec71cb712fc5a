package io.wirestream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {

    @Test
    void identicalTokensScorePerfectlyWhateverThePunctuation() {
        ShingleScore.Page page = ShingleScore.page("a", "One two, three four five.", "one two three four five");
        // tokens are case-sensitive, as in the Python scorer: "One" != "one"
        assertThat(page.exact()).isFalse();
        ShingleScore.Page same = ShingleScore.page("a", "One two, three four five.", "One two three\nfour five");
        assertThat(same.exact()).isTrue();
        assertThat(same.f1()).isEqualTo(1.0);
    }

    @Test
    void extraTextLowersPrecisionAndMissingTextLowersRecall() {
        String truth = "a b c d e f g h";
        ShingleScore.Page extra = ShingleScore.page("x", truth, truth + " menu home sport news");
        assertThat(extra.recall()).isEqualTo(1.0);
        assertThat(extra.precision()).isCloseTo(5.0 / 9, within(1e-9));
        ShingleScore.Page missing = ShingleScore.page("y", truth, "a b c d e");
        assertThat(missing.precision()).isEqualTo(1.0);
        assertThat(missing.recall()).isCloseTo(2.0 / 5, within(1e-9));
    }

    @Test
    void pagesAreAveragedAndEmptyPredictionsCountAsMisses() {
        ShingleScore.Result result = ShingleScore.score(
                Map.of("p1", "a b c d e", "p2", "f g h i j"), Map.of("p1", "a b c d e"));
        assertThat(result.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(result.precision()).isEqualTo(1.0); // p2 predicted nothing: no precision to average
        assertThat(result.exact()).isEqualTo(0.5);
    }

    @Test
    void tokensFollowPythonWordCharacters() {
        assertThat(ShingleScore.tokens("l'été 2019—über_alles ½")).containsExactly("l", "été", "2019", "über_alles", "½");
    }
}
