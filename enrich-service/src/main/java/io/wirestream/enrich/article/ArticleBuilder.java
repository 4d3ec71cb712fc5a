package io.wirestream.enrich.article;

import io.wirestream.contract.Annotations;
import io.wirestream.contract.Dateline;
import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.EnrichedArticle;
import io.wirestream.contract.Ninjs;
import io.wirestream.contract.PageMetadata;
import io.wirestream.contract.ProviderFields;
import io.wirestream.contract.Provenance;
import io.wirestream.contract.RawArticle;
import io.wirestream.enrich.dateline.DatelineParser;
import io.wirestream.enrich.dedupe.BodyNormaliser;
import io.wirestream.enrich.extract.ArticlePage;
import io.wirestream.enrich.tag.Tags;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Stage 6: the ninjs item and provenance of an article from what the earlier stages found. */
public final class ArticleBuilder {

    public static final String STAGE = "build";
    static final String URI_PREFIX = "urn:wirestream:article:";
    static final String MEDIA_TOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/";
    private static final Set<String> PUB_STATUSES = Set.of("usable", "withheld", "canceled");
    private static final Pattern MEDIA_TOPIC = Pattern.compile("(?:medtop:)?(\\d{8})");

    /**
     * @param headline   extracted headline
     * @param paragraphs body paragraphs, dateline prefix removed
     * @param dateline   the dateline, or null
     * @param language   BCP 47 tag, or null
     * @param page       what the web page states about itself (authors, dates, language), or null
     * @param tags       people, places, organisations and Media Topics the tagger found, or null
     */
    public record Findings(String headline, List<String> paragraphs, Dateline dateline, String language,
                           ArticlePage page, Tags tags) {

        public Findings(String headline, List<String> paragraphs, Dateline dateline, String language) {
            this(headline, paragraphs, dateline, language, null, null);
        }

        public Findings(String headline, List<String> paragraphs, Dateline dateline, String language,
                        ArticlePage page) {
            this(headline, paragraphs, dateline, language, page, null);
        }
    }

    /** Everything of the enriched article except the dedupe verdict, which needs the state stores. */
    /** An article ready for dedupe: everything of the enriched event but the verdict. */
    public record Built(String id, int version, Ninjs item, Dateline dateline, Provenance provenance,
                        Annotations annotations, PageMetadata page) {

        public EnrichedArticle withVerdict(DedupeVerdict verdict, Instant enrichedAt) {
            return new EnrichedArticle(id, version, item, dateline, provenance, verdict, enrichedAt, annotations, page);
        }
    }

    public Built build(RawArticle raw, Findings findings) {
        ProviderFields provider = raw.provider();
        int version = provider.version() == null || provider.version() < 1 ? 1 : provider.version();
        String plain = String.join("\n\n", findings.paragraphs());
        String html = findings.paragraphs().stream().map(p -> "<p>" + escape(p) + "</p>").collect(Collectors.joining("\n"));
        OffsetDateTime versionCreated = utc(provider.versionCreated() != null ? provider.versionCreated() : raw.receivedAt());
        ArticlePage page = findings.page();
        OffsetDateTime published = page == null ? null : page.publishedWithOffset();
        Instant first = provider.firstCreated() != null ? provider.firstCreated()
                : version == 1 && provider.versionCreated() != null ? provider.versionCreated() : raw.receivedAt();
        // a page's own publication date wins over when we happened to receive it, and keeps the page's offset
        OffsetDateTime firstCreated = provider.firstCreated() == null && published != null ? published : utc(first);
        Ninjs item = new Ninjs(
                URI_PREFIX + raw.id(),
                "text",
                Integer.toString(version),
                versionCreated,
                firstCreated,
                published,
                pubStatus(provider.pubStatus()),
                findings.language() != null ? findings.language() : page == null ? null : page.language(),
                null,
                List.of(new Ninjs.Headline("main", findings.headline())),
                List.of(new Ninjs.Body("main", "text/plain", plain), new Ninjs.Body("main", "text/html", html)),
                byline(provider.byline(), page),
                located(findings.dateline(), provider.located()),
                subjects(provider.subjects(), findings.tags()),
                entities(findings.tags(), Tags::people),
                entities(findings.tags(), Tags::places),
                entities(findings.tags(), Tags::organisations),
                provider.guid() == null ? List.of() : List.of(new Ninjs.AltId("provider-guid", provider.guid())));
        Provenance provenance = new Provenance(raw.source(), raw.receivedAt(), raw.format(), provider.guid(),
                BodyNormaliser.hash(plain), provider.signal());
        return new Built(raw.id(), version, item, findings.dateline(), provenance, annotations(findings.tags()),
                pageMetadata(page));
    }

    /**
     * Entity details ninjs has no room for (surface forms, roles, country codes, relevance) and the key
     * phrases. Each entity's id is the literal of its ninjs entity, so a reader can join the two. Null when
     * the article was not tagged or the tagger found nothing.
     */
    private static Annotations annotations(Tags tags) {
        if (tags == null) {
            return null;
        }
        List<Annotations.TaggedEntity> entities = new ArrayList<>();
        tagged(tags.people(), Annotations.EntityType.PERSON, entities);
        tagged(tags.places(), Annotations.EntityType.PLACE, entities);
        tagged(tags.organisations(), Annotations.EntityType.ORGANISATION, entities);
        if (entities.isEmpty() && tags.keywords().isEmpty()) {
            return null;
        }
        return new Annotations(entities, tags.keywords());
    }

    private static void tagged(List<Tags.Entity> found, Annotations.EntityType type,
            List<Annotations.TaggedEntity> into) {
        for (Tags.Entity e : found) {
            double relevance = Math.clamp(e.relevance(), 0.0, 1.0);
            into.add(new Annotations.TaggedEntity(e.id(), type, e.name(), e.surfaceForms(), e.roles(),
                    e.countryCode(), relevance));
        }
    }

    private static PageMetadata pageMetadata(ArticlePage page) {
        if (page == null) {
            return null;
        }
        var metadata = new PageMetadata(blankToNull(page.siteName()), blankToNull(page.canonicalUrl()),
                blankToNull(page.image()), page.authors(), page.modifiedWithOffset());
        return metadata.isEmpty() ? null : metadata;
    }

    /** The provider's byline, else the authors the page names ("Ann Lee and Bo Chen"). */
    private static String byline(String providerByline, ArticlePage page) {
        String stated = blankToNull(providerByline);
        if (stated != null || page == null || page.authors().isEmpty()) {
            return stated;
        }
        List<String> authors = page.authors();
        if (authors.size() == 1) {
            return authors.getFirst();
        }
        return String.join(", ", authors.subList(0, authors.size() - 1)) + " and " + authors.getLast();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String pubStatus(String stated) {
        String status = stated == null ? "" : stated.strip().toLowerCase(Locale.ROOT);
        return PUB_STATUSES.contains(status) ? status : "usable";
    }

    private static String located(Dateline dateline, String providerLocated) {
        if (dateline != null) {
            return DatelineParser.titleCase(dateline.place());
        }
        return blankToNull(providerLocated);
    }

    /** The subject codes the wire format stated come first and stay; the tagger's topics are added after them. */
    private static List<Ninjs.Subject> subjects(List<String> codes, Tags tags) {
        List<Ninjs.Subject> subjects = new ArrayList<>();
        for (String code : codes) {
            var m = MEDIA_TOPIC.matcher(code.strip());
            if (m.matches()) {
                subjects.add(new Ninjs.Subject(null, null, MEDIA_TOPIC_URI + m.group(1), "medtop:" + m.group(1), null));
            } else if (!code.isBlank()) {
                subjects.add(new Ninjs.Subject(null, null, null, code.strip(), null)); // other vocabularies: kept as stated
            }
        }
        if (tags != null) {
            Set<String> stated = subjects.stream().map(Ninjs.Subject::literal).collect(Collectors.toSet());
            for (Tags.Topic topic : tags.topics()) {
                if (stated.add(topic.qcode())) {
                    subjects.add(new Ninjs.Subject(topic.name(), null, MEDIA_TOPIC_URI + topic.qcode().substring("medtop:".length()),
                            topic.qcode(), (int) Math.round(topic.relevance() * 100)));
                }
            }
        }
        return subjects;
    }

    /** Tagged entities as ninjs objects: canonical name, and Wirestream's stable id as the literal. */
    private static List<Ninjs.Entity> entities(Tags tags, Function<Tags, List<Tags.Entity>> kind) {
        if (tags == null) {
            return List.of();
        }
        return kind.apply(tags).stream().map(e -> new Ninjs.Entity(e.name(), null, null, e.id())).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
