package io.wirestream.ingest.format;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What agency version words in a slug or header say: "1stLd-Writethru", "2nd Lead", "Correction",
 * "Take 2", "2nd take". A lead (new top) or write-through replaces the story, so the n-th lead is
 * version n + 1 with signal "update"; a correction is signal "correction"; a take is a part of a
 * story, kept apart by its number.
 */
public record TakeAndVersion(Integer version, String signal, Integer take) {

    private static final Pattern LEAD = Pattern.compile("(?i)\\b(\\d+)(?:st|nd|rd|th)\\s*-?\\s*(?:ld|lead)\\b");
    private static final Pattern TAKE = Pattern.compile("(?i)(?:\\btake\\s*-?\\s*(\\d+)\\b|\\b(\\d+)(?:st|nd|rd|th)?\\s*-?\\s*take\\b)");
    private static final Pattern WRITETHRU = Pattern.compile("(?i)\\b(?:writethru|write-thru|writethrough|update[ds]?|urgent\\s+update)\\b");
    private static final Pattern CORRECTION = Pattern.compile("(?i)\\b(?:corr|correction|corrected|corrective|correx)\\b");

    public static TakeAndVersion of(String words) {
        if (words == null) {
            return new TakeAndVersion(null, null, null);
        }
        Integer version = null;
        String signal = null;
        Matcher lead = LEAD.matcher(words);
        if (lead.find()) {
            version = Integer.parseInt(lead.group(1)) + 1;
            signal = "update";
        } else if (WRITETHRU.matcher(words).find()) {
            signal = "update";
        }
        if (CORRECTION.matcher(words).find()) {
            signal = "correction";
        }
        Integer take = null;
        Matcher t = TAKE.matcher(words);
        if (t.find()) {
            take = Integer.parseInt(t.group(1) != null ? t.group(1) : t.group(2));
        }
        return new TakeAndVersion(version, signal, take);
    }

    /** The slug with the version and take words removed: "BC-Cod-Quota 1stLd-Writethru" -> "BC-Cod-Quota". */
    public static String bareSlug(String slug) {
        if (slug == null) {
            return null;
        }
        String bare = slug.replaceAll("(?i)[ ,-]*\\b\\d+(?:st|nd|rd|th)\\s*-?\\s*(?:ld|lead|take)\\b", "")
                .replaceAll("(?i)[ ,-]*\\b(?:writethru|write-thru|writethrough|correction|corrected|corr|take\\s*-?\\s*\\d+|urgent)\\b", "")
                .strip();
        return bare.isEmpty() ? slug.strip() : bare;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
