package io.wirestream.publish;

import io.wirestream.contract.ArticleIds;
import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.Ninjs;
import io.wirestream.contract.Provenance;
import io.wirestream.contract.WireFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Enriched articles as enrich would produce them. */
public final class Fixtures {

    public static final OffsetDateTime FIRST_CREATED = OffsetDateTime.parse("2012-11-23T19:09:24+08:00");
    public static final String SOURCE = "xinhua-web";

    private Fixtures() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static String uri(String id) {
        return "urn:wirestream:article:" + id;
    }

    /** A first version: its own story. */
    public static EnrichedArticle original(String id, String headline) {
        return article(id, 1, headline, DedupeVerdict.original(id), "usable", "Jane Roe");
    }

    /** A later version of {@code id}, created {@code version - 1} hours after the first. */
    public static EnrichedArticle version(String id, int version, String headline) {
        return article(id, version, headline, new DedupeVerdict(DedupeVerdict.Kind.VERSION, id, id, null), "usable",
                "Jane Roe");
    }

    /** A later version that its provider signalled as a correction. */
    public static EnrichedArticle correction(String id, int version, String headline) {
        EnrichedArticle plain = version(id, version, headline);
        Provenance p = plain.provenance();
        return new EnrichedArticle(id, version, plain.item(), null,
                new Provenance(p.source(), p.receivedAt(), p.format(), p.providerGuid(), p.bodyHash(), "correction"),
                plain.dedupe(), plain.enrichedAt());
    }

    public static EnrichedArticle kill(String id, int version) {
        return article(id, version, "KILL: withdrawn", new DedupeVerdict(DedupeVerdict.Kind.KILL, id, id, null),
                "canceled", null);
    }

    /** An exact duplicate of {@code originalId} that arrived under its own id. */
    public static EnrichedArticle exactDuplicate(String id, String originalId, String headline) {
        return article(id, 1, headline, DedupeVerdict.exactDuplicateOf(originalId, originalId), "usable", "Jane Roe");
    }

    public static EnrichedArticle article(String id, int version, String headline, DedupeVerdict verdict,
            String pubStatus, String by) {
        String text = headline + ". Russia and the United States are trying to seek common development.";
        String html = "<p>" + headline.replace("&", "&amp;") + "</p><p>Russia &amp; the United States.</p>";
        var item = new Ninjs(uri(id), "text", Integer.toString(version), FIRST_CREATED.plusHours(version - 1L),
                FIRST_CREATED, null, pubStatus, "en", null, List.of(new Ninjs.Headline("main", headline)),
                List.of(new Ninjs.Body("main", "text/plain", text), new Ninjs.Body("richtext", "text/html", html)),
                by, "MOSCOW",
                List.of(new Ninjs.Subject("politics", "about", "http://cv.iptc.org/newscodes/mediatopic/11000000",
                        "medtop:11000000", 80)),
                List.of(new Ninjs.Entity("Sergei Lavrov", null, null, "person:sergei-lavrov")),
                List.of(new Ninjs.Entity("Moscow", null, null, "place:moscow")), List.of(),
                List.of(new Ninjs.AltId("provider", "xinhua-" + id)));
        var provenance = new Provenance(SOURCE, Instant.parse("2026-11-27T10:00:01Z"), WireFormat.TEXT,
                "guid-" + id, ArticleIds.sha256(text));
        return new EnrichedArticle(id, version, item, null, provenance, verdict, Instant.parse("2026-11-27T10:00:02Z"));
    }

    /** A near duplicate of {@code originalId} from another source. */
    public static EnrichedArticle nearDuplicate(String id, String originalId, String source, double similarity) {
        var base = article(id, 1, "Near copy", new DedupeVerdict(DedupeVerdict.Kind.NEAR, originalId, originalId,
                similarity), "usable", null);
        var p = base.provenance();
        return new EnrichedArticle(id, 1, base.item(),
                null, new Provenance(source, p.receivedAt(), p.format(), "guid-" + id, p.bodyHash()), base.dedupe(),
                base.enrichedAt());
    }

    /**
     * An original with the given text, language, source and tags; {@code topics} are Media Topic
     * codes without the scheme ("11000000"), entities are names (their literal is derived).
     */
    public static EnrichedArticle tagged(String id, int version, String headline, String body, String language,
            String source, List<String> topics, List<String> people, List<String> places, List<String> organisations) {
        var verdict = version == 1 ? DedupeVerdict.original(id)
                : new DedupeVerdict(DedupeVerdict.Kind.VERSION, id, id, null);
        var item = new Ninjs(uri(id), "text", Integer.toString(version), FIRST_CREATED.plusHours(version - 1L),
                FIRST_CREATED, null, "usable", language, null, List.of(new Ninjs.Headline("main", headline)),
                List.of(new Ninjs.Body("main", "text/plain", body),
                        new Ninjs.Body("richtext", "text/html", "<p>" + body.replace("&", "&amp;").replace("<", "&lt;")
                                + "</p>")),
                null, null,
                topics.stream().map(t -> new Ninjs.Subject("topic " + t, "about",
                        "http://cv.iptc.org/newscodes/mediatopic/" + t, null, null)).toList(),
                entities("person", people), entities("place", places), entities("org", organisations), List.of());
        var provenance = new Provenance(source, Instant.parse("2026-11-27T10:00:01Z"), WireFormat.NINJS,
                "guid-" + id, ArticleIds.sha256(body));
        return new EnrichedArticle(id, version, item, null, provenance, verdict, Instant.parse("2026-11-27T10:00:02Z"));
    }

    private static List<Ninjs.Entity> entities(String prefix, List<String> names) {
        return names.stream().map(n -> new Ninjs.Entity(n, null, null,
                prefix + ":" + n.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'))).toList();
    }
}
