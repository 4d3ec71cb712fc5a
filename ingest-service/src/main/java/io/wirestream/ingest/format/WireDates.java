package io.wirestream.ingest.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;

/**
 * Dates as wire formats write them: ISO 8601 extended ({@code 2021-09-19T20:57:43+02:00}) and basic
 * ({@code 20130605T210000+0000}, {@code 20210516T090004Z}), with or without offset or seconds. A
 * date without an offset is read as UTC; an unreadable date is treated as absent, not as an error,
 * because a wrong date must not cost the story.
 */
public final class WireDates {

    private static final DateTimeFormatter BASIC = new DateTimeFormatterBuilder()
            .appendPattern("uuuuMMdd'T'HHmm")
            .optionalStart().appendPattern("ss").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
            .toFormatter();

    private static final List<DateTimeFormatter> LOCAL = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            new DateTimeFormatterBuilder().appendPattern("uuuuMMdd'T'HHmm").optionalStart().appendPattern("ss")
                    .optionalEnd().parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0).toFormatter());

    private WireDates() {
    }

    /**
     * {@code OffsetDateTime.parse(text).toInstant()}, read directly when the text has the common shape
     * {@code 2024-03-14T12:05:00[.fraction](Z|+01:00)}: the general ISO formatter costs a third of an
     * ninjs parse. Any other shape, and any out-of-range field, goes to {@code OffsetDateTime.parse},
     * so what is accepted and the error message are the same.
     *
     * @throws DateTimeParseException as {@code OffsetDateTime.parse} does
     */
    public static Instant isoOffsetDateTime(String text) {
        Instant fast = commonShape(text);
        return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
    }

    /** The instant of {@code uuuu-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)}, or null for any other text. */
    private static Instant commonShape(String t) {
        int n = t.length();
        if (n < 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (at < n && t.charAt(at) == '.') {
            int start = ++at;
            while (at < n && at - start < 9 && isDigit(t.charAt(at))) {
                nanos = nanos * 10 + (t.charAt(at++) - '0');
            }
            if (at == start || at < n && isDigit(t.charAt(at))) {
                return null;
            }
            for (int i = at - start; i < 9; i++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (at == n - 1 && t.charAt(at) == 'Z') {
            offsetSeconds = 0;
        } else if (at == n - 6 && (t.charAt(at) == '+' || t.charAt(at) == '-') && t.charAt(at + 3) == ':') {
            int offsetHours = digits(t, at + 1, 2);
            int offsetMinutes = digits(t, at + 4, 2);
            if ((offsetHours | offsetMinutes) < 0 || offsetHours > 18 || offsetMinutes > 59) {
                return null;
            }
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (t.charAt(at) == '-' ? -1 : 1);
        } else {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                    .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (java.time.DateTimeException outOfRange) {
            return null; // let the ISO formatter say what is wrong
        }
    }

    /** The decimal number of {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String t, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        // Choose by shape first: a failed parse throws, and exceptions made up much of a NITF parse.
        boolean extended = text.length() > 4 && text.charAt(4) == '-';
        if (extended && text.length() > 16) {
            char last = text.charAt(text.length() - 1);
            boolean hasOffset = last == 'Z' || last == 'z' || text.indexOf('+', 10) > 0 || text.lastIndexOf('-') > 10;
            try {
                return hasOffset ? isoOffsetDateTime(text)
                        : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // fall through to the general order
            }
        }
        if (!extended && text.length() >= 13 && text.charAt(8) == 'T') {
            try {
                var parsed = BASIC.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
                return parsed instanceof OffsetDateTime odt ? odt.toInstant()
                        : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // fall through to the general order
            }
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the other shapes
        }
        try {
            var parsed = BASIC.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime odt ? odt.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the other shapes
        }
        for (DateTimeFormatter local : LOCAL) {
            try {
                return LocalDateTime.parse(text, local).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // next
            }
        }
        try {
            return LocalDate.parse(text.length() == 8 ? text.substring(0, 4) + "-" + text.substring(4, 6) + "-"
                    + text.substring(6) : text).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return null;
        }
    }
}
