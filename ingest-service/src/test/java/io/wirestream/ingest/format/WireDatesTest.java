package io.wirestream.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The shape-based reading of ISO offset date-times must agree with {@code OffsetDateTime.parse} on everything. */
class WireDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "2024-03-14T12:05:00+01:00", "2024-03-14T11:42:00Z", "2024-03-14T09:30:00-05:30",
            "2024-03-14T09:30:00.5Z", "2024-03-14T09:30:00.123456789+02:00", "2024-02-29T23:59:59-00:00",
            "0001-01-01T00:00:00+18:00", "9999-12-31T23:59:59.999999999-18:00",
            // not the common shape, or out of range: the ISO formatter decides (and words the error)
            "2023-02-29T10:00:00Z", "2024-04-31T10:00:00Z", "2024-13-01T10:00:00Z", "2024-03-14T24:00:00Z",
            "2024-03-14T23:59:60Z", "2024-03-14T10:60:00Z", "2024-03-14T10:00:00+19:00", "2024-03-14T10:00:00+01:60",
            "2024-03-14T10:00:00.1234567890Z", "2024-03-14T10:00:00.Z", "2024-03-14t10:00:00z", "2024-03-14T10:00Z",
            "2024-03-14T10:00:00+01:00:30", "2024-03-14T10:00:00+0100", "2024-03-14T10:00:00+01", "2024-03-14T10:00:00",
            "2024-03-14T10:00:00Z ", " 2024-03-14T10:00:00Z", "+12024-03-14T10:00:00Z", "2024-3-14T10:00:00Z",
            "2024-03-14T1a:00:00Z", "2024-03-14T10:00:00\u0661Z", "2024-03-14T10:00:00+\u0661\u0661:00", ""})
    void agreesWithOffsetDateTimeParse(String text) {
        assertSame(text);
    }

    @Test
    void agreesOnRandomDigitsAndSigns() {
        Random random = new Random(42);
        String alphabet = "0123456789-+:.TZ";
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            char[] text = "2024-03-14T12:05:00.123+01:00".toCharArray();
            for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
                text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String s = new String(text);
            texts.add(random.nextBoolean() ? s : s.substring(0, 19 + random.nextInt(s.length() - 18)));
        }
        texts.forEach(WireDatesTest::assertSame);
    }

    private static void assertSame(String text) {
        Instant expected = null;
        String expectedError = null;
        try {
            expected = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            expectedError = e.getMessage();
        }
        Instant actual = null;
        String actualError = null;
        try {
            actual = WireDates.isoOffsetDateTime(text);
        } catch (DateTimeParseException e) {
            actualError = e.getMessage();
        }
        assertThat(actual).as(text).isEqualTo(expected);
        assertThat(actualError).as(text).isEqualTo(expectedError);
    }
}
