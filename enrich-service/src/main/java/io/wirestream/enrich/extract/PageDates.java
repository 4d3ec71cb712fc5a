package io.wirestream.enrich.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages state. An offset the page gives is kept as given; a date-time without offset
 * stays local (ISO text without offset), so converting never moves the article to another day.
 */
final class PageDates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final String MONTHS = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern MONTH_FIRST = Pattern.compile("(?i)\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+(\\d{4})\\b");
    private static final String MONTH_KEYS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private PageDates() {
    }

    /** ISO-8601 text of a machine-readable date ("2019-11-18T10:05:00-05:00", "2019-11-18"), or null. */
    static String parseMachine(String stated) {
        String parsed = parseMachineForm(stated);
        // placeholder dates of content systems ("0001-01-01T00:00Z") are no publication date
        return parsed != null && parsed.compareTo("1990") < 0 ? null : parsed;
    }

    private static String parseMachineForm(String stated) {
        if (stated == null || stated.isBlank()) {
            return null;
        }
        String s = stated.strip();
        try {
            return OffsetDateTime.parse(s).toString();
        } catch (DateTimeParseException ignored) {
            // fall through to the looser forms
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime().toString();
        } catch (DateTimeParseException ignored) {
            // not RFC 1123 either
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            String date = m.group(1);
            String time = m.group(2);
            String zone = m.group(3);
            try {
                if (time == null) {
                    return LocalDate.parse(date).toString();
                }
                if (time.length() == 5) {
                    time = time + ":00";
                }
                if (zone == null) {
                    return LocalDateTime.parse(date + "T" + time).toString();
                }
                if (!zone.equals("Z") && !zone.contains(":")) {
                    zone = zone.substring(0, 3) + ":" + zone.substring(3);
                }
                return OffsetDateTime.parse(date + "T" + time + zone).toString();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return parseHuman(s);
    }

    /** A date written for people ("Nov. 18, 2019", "18 November 2019"), as an ISO date, or null. */
    static String parseHuman(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = MONTH_FIRST.matcher(text);
        if (m.find()) {
            return date(m.group(3), m.group(1), m.group(2));
        }
        m = DAY_FIRST.matcher(text);
        if (m.find()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        return null;
    }

    private static String date(String year, String month, String day) {
        int monthNumber = MONTH_KEYS.indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
        try {
            return LocalDate.of(Integer.parseInt(year), monthNumber, Integer.parseInt(day)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The offset-bearing form of an ISO text, or null when the page gave no offset. */
    static OffsetDateTime withOffset(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
