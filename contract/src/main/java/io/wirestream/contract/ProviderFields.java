package io.wirestream.contract;

import java.time.Instant;
import java.util.List;

/**
 * What the provider states about its item in the wire format itself. Every field may be null
 * (lists empty): a scraped page states nothing, a ninjs document states most of it.
 *
 * @param guid           the provider's own id of the item, stable across versions
 * @param version        the provider's version number, 1 for a first version
 * @param headline       headline as sent
 * @param bodyText       body as sent (plain text or HTML, see {@code bodyContentType})
 * @param bodyContentType media type of {@code bodyText}
 * @param byline         byline as sent
 * @param located        place the story is filed from, as sent
 * @param language       language as declared (may be wrong; enrich detects its own)
 * @param pubStatus      usable, withheld or canceled
 * @param versionCreated when the provider created this version
 * @param firstCreated   when the provider created the first version
 * @param subjects       subject codes as sent (e.g. "medtop:11000000")
 * @param slugline       the provider's slug / keyword line
 * @param urgency        urgency or priority as sent (1 = most urgent)
 * @param signal         an explicit update signal: "update", "correction" or null
 * @param embargo        not to be published before this instant, or null
 * @param dateline       the dateline as sent (e.g. "MOSCOW, Nov. 23")
 */
public record ProviderFields(
        String guid,
        Integer version,
        String headline,
        String bodyText,
        String bodyContentType,
        String byline,
        String located,
        String language,
        String pubStatus,
        Instant versionCreated,
        Instant firstCreated,
        List<String> subjects,
        String slugline,
        Integer urgency,
        String signal,
        Instant embargo,
        String dateline) {

    public static final ProviderFields NONE =
            new ProviderFields(null, null, null, null, null, null, null, null, null, null, null, List.of());

    public ProviderFields {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    /** The fields every structured format has; the rest stay empty. */
    public ProviderFields(String guid, Integer version, String headline, String bodyText, String bodyContentType,
            String byline, String located, String language, String pubStatus, Instant versionCreated,
            Instant firstCreated, List<String> subjects) {
        this(guid, version, headline, bodyText, bodyContentType, byline, located, language, pubStatus, versionCreated,
                firstCreated, subjects, null, null, null, null, null);
    }
}
