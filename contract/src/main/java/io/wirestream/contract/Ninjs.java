package io.wirestream.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The part of an enriched article that is an IPTC ninjs 3.1 news item. Only properties of the
 * ninjs schema appear here, so the item validates against the official schema as it is. Dates
 * keep the offset the source stated.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Ninjs(
        String uri,
        String type,
        String version,
        OffsetDateTime versionCreated,
        OffsetDateTime firstCreated,
        OffsetDateTime contentCreated,
        String pubStatus,
        String language,
        String slugline,
        List<Headline> headlines,
        List<Body> bodies,
        String by,
        String located,
        List<Subject> subjects,
        List<Entity> people,
        List<Entity> places,
        List<Entity> organisations,
        List<AltId> altIds) {

    public Ninjs {
        headlines = copy(headlines);
        bodies = copy(bodies);
        subjects = copy(subjects);
        people = copy(people);
        places = copy(places);
        organisations = copy(organisations);
        altIds = copy(altIds);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The main headline, or null. */
    public String mainHeadline() {
        return headlines.stream().map(Headline::value).findFirst().orElse(null);
    }

    /** The body with the given content type, or null. */
    public String body(String contentType) {
        return bodies.stream().filter(b -> contentType.equals(b.contentType())).map(Body::value).findFirst().orElse(null);
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Headline(String role, String value) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Body(String role, String contentType, String value) {
    }

    /** A concept the item is about, e.g. an IPTC Media Topic ({@code uri} holds the qcode URI). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Subject(String name, String rel, String uri, String literal, Integer relevance) {
    }

    /** A person, place or organisation. {@code literal} is Wirestream's stable id for it. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Entity(String name, String rel, String uri, String literal) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record AltId(String role, String value) {
    }
}
