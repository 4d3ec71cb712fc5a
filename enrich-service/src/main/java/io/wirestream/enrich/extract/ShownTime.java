package io.wirestream.enrich.extract;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Puts a machine date that the page states in UTC (or without an offset) into the time zone its
 * readers saw. Many sites put UTC in their metadata but print local time for people ("Nov. 18, 2019
 * at 9:24 pm ET", "PUBLISHED: November 19, 2019 at 8:59 pm"); an evening story then carries the next
 * day in UTC. The shown zone decides when the page names one; otherwise a shown date and time that
 * is the same instant give the offset (same minute, a whole number of quarter hours away, at most
 * 14 hours). Without such evidence the date stays as stated.
 */
final class ShownTime {

    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("ET", "America/New_York"), Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"),
            Map.entry("CT", "America/Chicago"), Map.entry("CST", "-06:00"), Map.entry("CDT", "-05:00"),
            Map.entry("MT", "America/Denver"), Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"),
            Map.entry("PT", "America/Los_Angeles"), Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"),
            Map.entry("GMT", "Z"), Map.entry("UTC", "Z"), Map.entry("BST", "+01:00"), Map.entry("CET", "+01:00"),
            Map.entry("CEST", "+02:00"), Map.entry("IST", "+05:30"), Map.entry("JST", "+09:00"),
            Map.entry("AEST", "+10:00"), Map.entry("AEDT", "+11:00"));
    private static final String ZONE_NAMES = "ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CEST|CET|IST|JST|AEST|AEDT";
    private static final Pattern CLOCK = Pattern.compile(
            "(?i)\\b(\\d{1,2})[:.](\\d{2})\\s*([ap])\\.?\\s?m\\.?(?:\\s*\\(?(" + ZONE_NAMES + ")\\b)?"
                    + "|\\b([01]?\\d|2[0-3]):(\\d{2})(?::\\d{2})?\\s*\\(?(" + ZONE_NAMES + ")\\b");
    private static final String PLACES = "time, [class*=date], [class*=time], [class*=byline], [class*=publish], "
            + "[class*=posted], [class*=meta], [class*=dateline]";
    private static final int MAX_ELEMENTS = 60;
    private static final int MAX_TEXT = 200;

    private ShownTime() {
    }

    /** {@code stated} in the shown zone, or unchanged when it has a non-UTC offset or the page shows no matching time. */
    static String localise(Document doc, String stated) {
        OffsetDateTime utc = asUtc(stated);
        if (utc == null) {
            return stated;
        }
        int seen = 0;
        ZoneOffset firstShownZone = null;
        for (Element e : doc.select(PLACES)) {
            if (++seen > MAX_ELEMENTS) {
                break;
            }
            String text = e.text();
            if (text.length() > MAX_TEXT) {
                continue;
            }
            OffsetDateTime shown = inShownZone(text, utc);
            if (shown != null) {
                return shown.toString();
            }
            if (firstShownZone == null) {
                firstShownZone = zoneNamed(text, utc);
            }
        }
        // the page names its zone but shows another time (an update): still the zone its readers saw
        // (only for a stated UTC: a time without offset may already be local)
        boolean statedUtc = stated.endsWith("Z") || stated.endsWith("+00:00");
        return firstShownZone == null || !statedUtc ? stated : utc.withOffsetSameInstant(firstShownZone).toString();
    }

    private static ZoneOffset zoneNamed(String text, OffsetDateTime at) {
        Matcher clock = CLOCK.matcher(text);
        while (clock.find()) {
            String zone = clock.group(1) != null ? clock.group(4) : clock.group(7);
            if (zone != null) {
                return offset(zone, at);
            }
        }
        return null;
    }

    /** The instant {@code stated} names when it is in UTC or has no offset (read as UTC), else null. */
    private static OffsetDateTime asUtc(String stated) {
        if (stated == null || stated.length() < 16) {
            return null;
        }
        try {
            if (stated.endsWith("Z") || stated.endsWith("+00:00")) {
                return OffsetDateTime.parse(stated);
            }
            return LocalDateTime.parse(stated).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static OffsetDateTime inShownZone(String text, OffsetDateTime utc) {
        Matcher clock = CLOCK.matcher(text);
        while (clock.find()) {
            boolean twelveHour = clock.group(1) != null;
            int hour = Integer.parseInt(twelveHour ? clock.group(1) : clock.group(5)) % (twelveHour ? 12 : 24);
            if (twelveHour && clock.group(3).equalsIgnoreCase("p")) {
                hour += 12;
            }
            int minute = Integer.parseInt(twelveHour ? clock.group(2) : clock.group(6));
            String zone = twelveHour ? clock.group(4) : clock.group(7);
            if (hour > 23 || minute > 59) {
                continue;
            }
            if (zone != null) {
                ZoneOffset offset = offset(zone, utc);
                OffsetDateTime local = utc.withOffsetSameInstant(offset);
                if (local.getHour() == hour && local.getMinute() == minute) {
                    return local;
                }
                continue;
            }
            OffsetDateTime matched = byClock(text.substring(0, clock.start()), hour, minute, utc);
            if (matched != null) {
                return matched;
            }
        }
        return null;
    }

    private static ZoneOffset offset(String zone, OffsetDateTime at) {
        String id = ZONES.get(zone.toUpperCase(Locale.ROOT));
        return id.contains("/") ? ZoneId.of(id).getRules().getOffset(at.toInstant()) : ZoneOffset.of(id);
    }

    /** A shown date and clock time without zone: the offset that makes them the stated instant, if plausible. */
    private static OffsetDateTime byClock(String before, int hour, int minute, OffsetDateTime utc) {
        String day = PageDates.parseHuman(before.length() > 60 ? before.substring(before.length() - 60) : before);
        if (day == null || minute != utc.getMinute()) {
            return null;
        }
        LocalDateTime local = LocalDate.parse(day).atTime(hour, minute);
        long minutes = Duration.between(utc.toLocalDateTime().withSecond(0).withNano(0), local).toMinutes();
        if (minutes == 0 || Math.abs(minutes) > 14 * 60 || minutes % 15 != 0) {
            return null;
        }
        return utc.withOffsetSameInstant(ZoneOffset.ofTotalSeconds((int) minutes * 60));
    }
}
