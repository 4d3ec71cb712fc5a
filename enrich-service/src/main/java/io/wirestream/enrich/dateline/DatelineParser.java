package io.wirestream.enrich.dateline;

import io.wirestream.contract.Dateline;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 3: the wire dateline at the head of a story, e.g. {@code MOSCOW, Nov. 23 (Xinhua) --},
 * {@code GENEVA (Reuters) -}, {@code PARIS, March 3 (AFP) —}, {@code WASHINGTON —}.
 * The place must be upper case; a bare hyphen separator counts only with a date or an agency, so an
 * acronym opening a sentence ("NATO - the alliance ...") is not taken for a place.
 */
public final class DatelineParser {

    public static final String STAGE = "dateline";

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{Lu}\\p{M}'’.\\- ]*\\p{Lu}\\.?)"
                    + "(?:,\\s*(?<region>(?!" + MONTH + "\\s+\\d)\\p{Lu}[\\p{L}.]{1,14}))?"
                    + "(?:,\\s*(?<date>" + MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?))?"
                    + "\\s*(?:\\((?<agency>[^()]{2,40})\\))?"
                    + "\\s*(?<sep>--|[—–]|-)\\s+");

    /** The dateline of a first paragraph and the paragraph's text after it; dateline null when absent. */
    public Match parse(String firstParagraph) {
        Matcher m = DATELINE.matcher(firstParagraph);
        if (!m.find()) {
            return new Match(null, firstParagraph);
        }
        String date = m.group("date");
        String agency = m.group("agency");
        if (m.group("sep").equals("-") && date == null && agency == null) {
            return new Match(null, firstParagraph);
        }
        String rest = firstParagraph.substring(m.end()).strip();
        if (rest.isEmpty()) {
            return new Match(null, firstParagraph);
        }
        String place = m.group("place").strip();
        if (m.group("region") != null) {
            place = place + ", " + m.group("region");
        }
        return new Match(new Dateline(place, date, agency == null ? null : agency.strip()), rest);
    }

    /** "MOSCOW" -> "Moscow", "NEW YORK" -> "New York", "WINSTON-SALEM, N.C." -> "Winston-Salem". */
    public static String titleCase(String place) {
        String city = place.split(",")[0].toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(city.length());
        boolean upper = true;
        for (char c : city.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = c == ' ' || c == '-' || c == '\'' || c == '’' || c == '.';
        }
        return out.toString();
    }

    /**
     * @param dateline the dateline, or null
     * @param rest     the paragraph without the dateline prefix (the whole paragraph when there is none)
     */
    public record Match(Dateline dateline, String rest) {
    }
}
