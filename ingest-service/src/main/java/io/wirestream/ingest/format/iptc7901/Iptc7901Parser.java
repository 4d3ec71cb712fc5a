package io.wirestream.ingest.format.iptc7901;

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
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPTC 7901 (the agency text transmission format). After SOH the first heading line is
 * {@code <source><message number> <priority 1-6> <category> <word count> [optional information]},
 * the next heading line the keyword (slug) with version words; after STX the first line is the
 * headline, then the text; after ETX a date-time group ({@code 141105 MAR 24}: day, hour, minute,
 * month, year, UTC). The guid is the bare keyword plus the date of the date-time group (and the take
 * number for later takes), so leads and corrections of one story share it; without a keyword the
 * source and message number are used.
 */
public final class Iptc7901Parser implements WireParser {

    public static final Pattern FIRST_HEADER_LINE =
            Pattern.compile("^([A-Za-z]*)\\s?(\\d{3,4})\\s+([1-6])\\s+([A-Za-z]{1,3})\\s+(\\d{1,4})(?:\\s+(.*))?$");
    private static final Pattern DATE_TIME_GROUP =
            Pattern.compile("\\b(\\d{2})(\\d{2})(\\d{2})\\s+([A-Za-z]{3})\\s+(\\d{2}|\\d{4})\\b");
    private static final DateTimeFormatter MONTH = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMM uuuu H:m").toFormatter(Locale.ENGLISH);

    @Override
    public WireFormat format() {
        return WireFormat.IPTC_7901;
    }

    @Override
    public ParsedDocument parse(String text) {
        return Transmission.parseAll(text, Iptc7901Parser::fields);
    }

    /** True when a transmission heading is IPTC 7901 rather than ANPA. */
    public static boolean isHeading(String heading) {
        return FIRST_HEADER_LINE.matcher(heading.lines().findFirst().orElse("").strip()).matches();
    }

    static ProviderFields fields(Transmission message) {
        List<String> heading = message.header().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        Matcher first = heading.isEmpty() ? null : FIRST_HEADER_LINE.matcher(heading.getFirst());
        if (first == null || !first.matches()) {
            throw new IngestException(Problem.MALFORMED, "The IPTC 7901 heading must start with source and number,"
                    + " priority, category and word count (e.g. 'NRW0134 3 I 0412'), was '"
                    + (heading.isEmpty() ? "" : heading.getFirst()) + "'.");
        }
        String keywordLine = heading.size() > 1 ? heading.get(1) : null;
        AgencyCopy copy = AgencyCopy.read(message.text(), true);
        if (copy.headline() == null && copy.body() == null) {
            throw new IngestException(Problem.MALFORMED,
                    "The IPTC 7901 message " + first.group(1) + first.group(2) + " has no text between STX and ETX.");
        }
        String words = (keywordLine == null ? "" : keywordLine) + " " + (first.group(6) == null ? "" : first.group(6));
        TakeAndVersion tv = TakeAndVersion.of(words);
        String slug = keywordLine == null ? null : TakeAndVersion.bareSlug(keywordLine);
        Instant sent = dateTimeGroup(message.trailer());
        String guid;
        if (slug != null) {
            guid = slug + (sent == null ? "" : "/" + sent.atOffset(ZoneOffset.UTC).toLocalDate())
                    + (tv.take() != null && tv.take() > 1 ? "/take-" + tv.take() : "");
        } else {
            guid = first.group(1) + first.group(2);
        }
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
                sent,
                null,
                List.of("iptc7901cat:" + first.group(4).toUpperCase(Locale.ROOT)),
                slug,
                Integer.parseInt(first.group(3)),
                tv.signal(),
                null,
                copy.dateline());
    }

    private static Instant dateTimeGroup(String trailer) {
        Matcher m = DATE_TIME_GROUP.matcher(trailer);
        if (!m.find()) {
            return null;
        }
        String year = m.group(5).length() == 2 ? "20" + m.group(5) : m.group(5);
        try {
            return LocalDateTime.parse(Integer.parseInt(m.group(1)) + " " + m.group(4) + " " + year + " "
                    + m.group(2) + ":" + m.group(3), MONTH).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
