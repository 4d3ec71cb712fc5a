package io.wirestream.publish.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 1_000_000, Long.MAX_VALUE})
    void roundTripsEverySequence(long seq) {
        String cursor = Cursor.encode(seq);
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode(cursor)).isEqualTo(seq);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!!", "a b", "====", "MTIz====="})
    void rejectsWhatIsNotBase64Url(String cursor) {
        assertThatThrownBy(() -> Cursor.decode(cursor)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-5", "007", "12x", "99999999999999999999", " 12"})
    void rejectsBase64OfSomethingOtherThanASequence(String inside) {
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(inside.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Cursor.decode(cursor)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void refusesToEncodeImpossibleSequences(long seq) {
        assertThatThrownBy(() -> Cursor.encode(seq)).isInstanceOf(IllegalArgumentException.class);
    }
}
