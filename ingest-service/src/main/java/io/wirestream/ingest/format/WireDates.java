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
                return hasOffset ? OffsetDateTime.parse(text).toInstant()
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
