package io.wirestream.ingest.format.anpa;

import io.wirestream.contract.ProviderFields;
import io.wirestream.contract.WireFormat;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.format.AgencyCopy;
import io.wirestream.ingest.format.ParsedDocument;
import io.wirestream.ingest.format.TakeAndVersion;
import io.wirestream.ingest.format.Transmission;
import io.wirestream.ingest.format.WireParser;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ANPA-1312 (the US newspaper wire format). The heading after SOH is
 * {@code <service level><story number> [selector] <priority> <category> <slug> [version words] [mm-dd] [word count]},
 * e.g. {@code a0123 nwpxx r i BC-Norway-Cod 1stLd-Writethru 03-14 0412}. The text holds {@code ^}-marked
 * headline and byline lines, then paragraphs; a post-text time stamp ({@code NW-OSL-03-14-24 1105GMT})
 * may follow.
 *
 * <p>ANPA has no item id, so the guid is the slug without version words, plus the filing date when
 * the header states one and the take number for a second or later take: every lead and
 * write-through of one story shares it.
 */
public final class Anpa1312Parser implements WireParser {

    private static final Pattern STORY = Pattern.compile("^([A-Za-z])\\s?(\\d{4})$");
    private static final Pattern PRIORITY = Pattern.compile("^[fbursdaFBURSDA]$");
    private static final Pattern CATEGORY = Pattern.compile("^[A-Za-z]$");
    private static final Pattern FILING_DATE = Pattern.compile("^(\\d{2})-(\\d{2})$");
    private static final Pattern WORD_COUNT = Pattern.compile("^\\d{3,4}$");
    private static final Pattern TIME_STAMP = Pattern.compile(
            "(?m)^\\s*[A-Z]{2,4}-[A-Z]{2,4}-(\\d{2})-(\\d{2})-(\\d{2})\\s+(\\d{4})\\s*([A-Z]{3})\\s*<?\\s*$");
    /** flash, bulletin, urgent, regular, deferred, advance; s is a sports/special priority some wires use. */
    private static final Map<Character, Integer> URGENCY = Map.of('f', 1, 'b', 2, 'u', 3, 'r', 4, 's', 4, 'd', 5, 'a', 6);
    private static final Map<String, ZoneOffset> ZONES = Map.of("GMT", ZoneOffset.UTC, "UTC", ZoneOffset.UTC,
            "EST", ZoneOffset.ofHours(-5), "EDT", ZoneOffset.ofHours(-4), "CST", ZoneOffset.ofHours(-6),
            "CDT", ZoneOffset.ofHours(-5), "PST", ZoneOffset.ofHours(-8), "PDT", ZoneOffset.ofHours(-7),
            "CET", ZoneOffset.ofHours(1), "CES", ZoneOffset.ofHours(2));

    @Override
    public WireFormat format() {
        return WireFormat.ANPA_1312;
    }

    @Override
    public ParsedDocument parse(String text) {
        return Transmission.parseAll(text, Anpa1312Parser::fields);
    }

    /** The parsed heading line. */
    record Header(String serviceLevel, String storyNumber, String selector, Character priority, Character category,
            String slug, String versionWords, String filingDate, Integer wordCount) {
    }

    static Header header(String line) {
        String[] tokens = line.strip().split("\\s+");
        int i = 0;
        String service = null;
        String story = null;
        if (i < tokens.length && STORY.matcher(tokens[i]).matches()) {
            Matcher m = STORY.matcher(tokens[i++]);
            m.matches();
            service = m.group(1);
            story = m.group(2);
        } else if (i + 1 < tokens.length && tokens[i].length() == 1 && tokens[i + 1].matches("\\d{4}")) {
            service = tokens[i++];
            story = tokens[i++];
        }
        String selector = null;
        if (i < tokens.length && tokens[i].length() > 1 && tokens[i].matches("[A-Za-z0-9]{2,10}")
                && i + 1 < tokens.length && PRIORITY.matcher(tokens[i + 1]).matches()) {
            selector = tokens[i++];
        }
        Character priority = null;
        if (i < tokens.length && PRIORITY.matcher(tokens[i]).matches()) {
            priority = Character.toLowerCase(tokens[i++].charAt(0));
        }
        Character category = null;
        if (i < tokens.length && CATEGORY.matcher(tokens[i]).matches()) {
            category = Character.toLowerCase(tokens[i++].charAt(0));
        }
        // From the end: word count, then filing date.
        int last = tokens.length;
        Integer wordCount = null;
        if (last > i && WORD_COUNT.matcher(tokens[last - 1]).matches()) {
            wordCount = Integer.parseInt(tokens[--last]);
        }
        String filingDate = null;
        if (last > i && FILING_DATE.matcher(tokens[last - 1]).matches()) {
            filingDate = tokens[--last];
        }
        String slug = null;
        String versionWords = null;
        if (last > i) {
            slug = tokens[i];
            versionWords = last > i + 1 ? String.join(" ", List.of(tokens).subList(i + 1, last)) : null;
        }
        return new Header(service, story, selector, priority, category, slug, versionWords, filingDate, wordCount);
    }

    static ProviderFields fields(Transmission message) {
        Header header = header(message.header().lines().findFirst().orElse(""));
        String text = message.text();
        Instant stamped = null;
        Matcher stamp = TIME_STAMP.matcher(text + "\n" + message.trailer());
        if (stamp.find()) {
            stamped = timeStamp(stamp);
            text = TIME_STAMP.matcher(text).replaceAll("");
        }
        AgencyCopy copy = AgencyCopy.read(text, false);
        if (copy.headline() == null && copy.body() == null) {
            throw new IngestException(Problem.MALFORMED, "The ANPA message "
                    + (header.storyNumber() == null ? "" : header.storyNumber() + " ") + "has no text between STX and ETX.");
        }
        String slugWords = (header.slug() == null ? "" : header.slug()) + " "
                + (header.versionWords() == null ? "" : header.versionWords());
        TakeAndVersion tv = TakeAndVersion.of(slugWords);
        String slug = header.slug() == null ? null : TakeAndVersion.bareSlug(header.slug());
        String guid = null;
        if (slug != null) {
            guid = slug + (header.filingDate() == null ? "" : "/" + header.filingDate())
                    + (tv.take() != null && tv.take() > 1 ? "/take-" + tv.take() : "");
        }
        List<String> subjects = header.category() == null ? List.of() : List.of("anpacat:" + header.category());
        return new ProviderFields(
                guid,
                tv.version(),
                copy.headline(),
                copy.body(),
                copy.body() == null ? null : "text/plain",
                copy.byline(),
                copy.located(),
                null,
                null,
                stamped,
                null,
                subjects,
                slug,
                header.priority() == null ? null : URGENCY.get(header.priority()),
                tv.signal(),
                null,
                copy.dateline());
    }

    private static Instant timeStamp(Matcher m) {
        try {
            LocalDateTime local = LocalDateTime.parse("20" + m.group(3) + "-" + m.group(1) + "-" + m.group(2) + "T"
                    + m.group(4).substring(0, 2) + ":" + m.group(4).substring(2), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            ZoneOffset zone = ZONES.get(m.group(5).toUpperCase(Locale.ROOT));
            return zone == null ? null : local.toInstant(zone);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
