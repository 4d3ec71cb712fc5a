package io.wirestream.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Headline, authors, dates, site name, canonical URL, image and language of an HTML page, read from
 * the most explicit source first: schema.org JSON-LD, then OpenGraph and other meta tags, then
 * microdata and {@code <time>}, then visible text. Must run before furniture is removed.
 */
final class HtmlMetadata {

    /** North American zone abbreviations that pages print beside a time; each names one fixed offset. */
    private static final Map<String, Integer> ZONE_HOURS = Map.of("EST", -5, "EDT", -4, "CST", -6, "CDT", -5,
            "MST", -7, "MDT", -6, "PST", -8, "PDT", -7);
    private static final Pattern SHOWN_ZONE = Pattern.compile("\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(EST|EDT|CST|CDT|MST|MDT|PST|PDT)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+$");
    private static final Pattern BY = Pattern.compile("(?iu)^\\s*(?:by|von|par|por|di|door|av|af)\\s+");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("(?iu)\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?iu)https?:|www\\.|@|\\d|\\bstaff\\b(?! reports)|\\beditor\\b|\\bdesk\\b|\\bmin read\\b");
    /** "Analysis by", "Text:", "Words by" ahead of the names. */
    private static final Pattern BY_PREFIX = Pattern.compile(
            "(?iu)^\\s*(?:(?:analysis|opinion|commentary|review|reporting|written|words|story|text)\\s+by\\b|(?:text|texto|автор|текст)\\s*:)\\s*");
    /** Job titles that follow a name in bylines ("Greg Beacham, AP Sports Writer"). */
    private static final Pattern ROLE = Pattern.compile(
            "(?iu)\\b(?:writer|correspondent|reporter|columnist|contributor|editor-at-large|producer|analyst|senior|chief)\\b");
    /** Desk and agency names: authors only when no person is named. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?iu)\\b(?:news|business|politics|bureau|wire|services|press|media|associated|agency|reuters|afp|cnn|bbc)\\b");
    private static final Pattern TRAILING_DAY = Pattern.compile(
            "(?iu)\\s+(?:on|am|le|el|il|monday|tuesday|wednesday|thursday|friday|saturday|sunday|updated|published"
                    + "|publiziert|publicado|publié|pubblicato|aktualisiert)\\b.*$");
    /** Social handles written after a name ("Jane Roe @janeroe"). */
    private static final Pattern HANDLE = Pattern.compile("\\s*@\\w+");
    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time", "datePublished",
        "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
        "dcterms.created", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "article.published",
        "original-publish-date"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "dateModified",
        "lastmod", "last-modified", "dcterms.modified"};
    private static final String[] AUTHOR_META = {"author", "article:author", "parsely-author", "sailthru.author",
        "dc.creator", "byl", "cxenseparse:author"};

    record Facts(String headline, List<String> authors, String published, String modified, String siteName,
                 String canonicalUrl, String image, String language, String statedBody, String description) {
    }

    private HtmlMetadata() {
    }

    static Facts read(Document doc, String url) {
        JsonLd ld = JsonLd.of(doc);
        Map<String, String> metas = metas(doc);
        String siteName = first(meta(metas, "og:site_name"), ld.publisherName(), meta(metas, "application-name"));
        String headline = headline(siteName, doc.title(),
                text(doc.selectFirst("article h1, main h1, [itemprop=headline]")),
                ld.text("headline"),
                meta(metas, "og:title"),
                text(doc.selectFirst("h1")),
                HtmlPageExtractor.withoutSiteName(doc.title()));
        String published = firstDate(ld.text("datePublished"), metaDates(metas, PUBLISHED_META),
                attr(doc.selectFirst("[itemprop=datePublished]"), "content", "datetime"),
                attr(doc.selectFirst("article time[datetime], time[pubdate], time[datetime]"), "datetime"),
                ld.text("dateCreated"));
        if (published == null) {
            Element time = doc.selectFirst("time, [class*=date], [class*=time]");
            published = time == null ? null : PageDates.parseHuman(time.text());
        }
        published = inShownZone(doc, published);
        String modified = firstDate(ld.text("dateModified"), metaDates(metas, MODIFIED_META),
                attr(doc.selectFirst("[itemprop=dateModified]"), "content", "datetime"));
        String canonical = first(doc.select("link[rel=canonical]").attr("abs:href"), meta(metas, "og:url"), url);
        String image = first(meta(metas, "og:image"), ld.image(), meta(metas, "twitter:image"));
        String language = first(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                meta(metas, "content-language"), meta(metas, "og:locale"), ld.text("inLanguage"));
        return new Facts(headline, authors(doc, ld, metas, siteName), published, modified, siteName, canonical, image,
                language(language), ld.text("articleBody"),
                first(meta(metas, "og:description"), meta(metas, "description"), ld.text("description")));
    }

    static List<String> authors(Document doc, JsonLd ld, Map<String, String> metas, String siteName) {
        List<String> names = names(ld.authors(), siteName);
        if (names.isEmpty()) {
            for (String name : AUTHOR_META) {
                String value = meta(metas, name);
                if (value != null && !value.startsWith("http")) {
                    names = names(List.of(value), siteName);
                    break;
                }
            }
        }
        if (names.isEmpty()) {
            for (Element byline : doc.select("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], "
                    + "[class*=byline] [class*=author], [class*=byline], [class*=author-name], [class*=author__name], "
                    + "[class*=authorName]")) {
                names = names(List.of(byline.text()), siteName);
                if (!names.isEmpty()) {
                    break;
                }
            }
        }
        if (names.isEmpty()) {
            names = names(List.of(visibleByline(doc)), siteName);
        }
        return names;
    }

    /** A short line near the top that starts with "By" ("By Jane Roe | Agency"), or "". */
    private static String visibleByline(Document doc) {
        int seen = 0;
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().select("p, span, div, li, address")) {
            String own = Texts.clean(e.ownText());
            if (own.isEmpty()) {
                continue;
            }
            if (++seen > 400) {
                break;
            }
            String text = TRAILING_DAY.matcher(Texts.clean(e.text())).replaceFirst("");
            if (BY.matcher(text).find() && Texts.words(text).length <= 8) {
                return text;
            }
        }
        return "";
    }

    /**
     * Person names from byline strings: "By"/"Analysis by" go, roles ("AP Sports Writer"), the site's own
     * name next to a person, reading times and tag-like lower-case words are not names.
     */
    private static List<String> names(List<String> stated, String siteName) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> organisations = new LinkedHashSet<>();
        for (String s : stated) {
            String cleaned = BY.matcher(BY_PREFIX.matcher(Texts.clean(s)).replaceFirst("")).replaceFirst("");
            cleaned = HANDLE.matcher(TRAILING_DAY.matcher(cleaned).replaceFirst("")).replaceAll("").strip();
            cleaned = cleaned.split("\\s+[|•·–—]\\s+|\\s+-\\s+")[0];
            for (String part : AUTHOR_SPLIT.split(cleaned)) {
                String name = TRAILING_DAY.matcher(part.strip()).replaceFirst("").strip();
                if (name.isEmpty() || BY.matcher(name + " ").matches() || Texts.words(name).length > 5 || NOT_A_NAME.matcher(name).find()
                        || ROLE.matcher(name).find() || !startsLikeName(name)) {
                    continue;
                }
                if (siteName != null && (name.equalsIgnoreCase(siteName) || siteName.toLowerCase(Locale.ROOT)
                        .startsWith(name.toLowerCase(Locale.ROOT) + " ")) || ORGANISATION.matcher(name).find()) {
                    organisations.add(name);
                } else {
                    names.add(name);
                }
            }
        }
        return new ArrayList<>(names.isEmpty() ? organisations : names);
    }

    /** Names start with a capital in scripts that have capitals (tags and categories often do not). */
    private static boolean startsLikeName(String name) {
        int first = name.codePointAt(0);
        return !Character.isLowerCase(first) && (Character.isLetter(first) || Character.isUpperCase(first));
    }

    /**
     * The first candidate that is not the site's own name, without the site suffix the {@code <title>}
     * carries ("Story | Site" -> "Story").
     */
    private static String headline(String siteName, String title, String... candidates) {
        String cleanTitle = Texts.clean(title);
        String[] titleParts = cleanTitle.split(SITE_SEPARATOR.pattern());
        String last = titleParts[titleParts.length - 1];
        // a site name is the short tail of the title, not half of a headline that holds a dash itself
        String titleSuffix = titleParts.length > 1 && last.length() * 3 < cleanTitle.length() ? last : null;
        for (String candidate : candidates) {
            String c = Texts.clean(candidate);
            if (c.isEmpty() || c.equalsIgnoreCase(siteName) || (titleSuffix != null && c.equalsIgnoreCase(titleSuffix))) {
                continue;
            }
            for (String suffix : new String[] {siteName, titleSuffix}) {
                if (suffix != null && c.length() > suffix.length() + 3 && c.toLowerCase(Locale.ROOT)
                        .endsWith(suffix.toLowerCase(Locale.ROOT))) {
                    String head = c.substring(0, c.length() - suffix.length());
                    java.util.regex.Matcher sep = TRAILING_SEPARATOR.matcher(head);
                    if (sep.find()) {
                        c = head.substring(0, sep.start());
                    }
                }
            }
            return c;
        }
        return null;
    }

    /**
     * A time stated in UTC while the page shows its local time with a zone abbreviation ("10:01 pm PST"):
     * the same instant in the shown zone, so the day is the one the page's readers saw.
     */
    static String inShownZone(Document doc, String published) {
        if (published == null || !(published.endsWith("Z") || published.endsWith("+00:00"))) {
            return published;
        }
        for (Element e : doc.select("time, [class*=date], [class*=time], [class*=byline]")) {
            java.util.regex.Matcher m = SHOWN_ZONE.matcher(e.text());
            if (m.find()) {
                try {
                    return java.time.OffsetDateTime.parse(published)
                            .withOffsetSameInstant(java.time.ZoneOffset.ofHours(ZONE_HOURS.get(m.group(1).toUpperCase(Locale.ROOT)))).toString();
                } catch (java.time.format.DateTimeParseException ex) {
                    return published;
                }
            }
        }
        return published;
    }

    private static String language(String declared) {
        if (declared == null) {
            return null;
        }
        String tag = declared.strip().replace('_', '-');
        return tag.isEmpty() ? null : tag.split("[-,;\\s]")[0].toLowerCase(Locale.ROOT);
    }

    private static String metaDates(Map<String, String> metas, String[] names) {
        for (String name : names) {
            String parsed = PageDates.parseMachine(meta(metas, name));
            if (parsed != null) {
                return parsed;
            }
        }
        return null;
    }

    /** Every meta tag's content by its property, name, itemprop or http-equiv, lower case; the first one wins. */
    static Map<String, String> metas(Document doc) {
        Map<String, String> metas = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
                    : m.hasAttr("itemprop") ? m.attr("itemprop") : m.attr("http-equiv");
            String content = m.attr("content").strip();
            if (!key.isEmpty() && !content.isEmpty()) {
                metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
            }
        }
        return metas;
    }

    static String meta(Map<String, String> metas, String name) {
        return metas.get(name.toLowerCase(Locale.ROOT));
    }

    private static String firstDate(String... stated) {
        for (String s : stated) {
            String parsed = PageDates.parseMachine(s);
            if (parsed != null) {
                return parsed;
            }
        }
        return null;
    }

    private static String attr(Element e, String... names) {
        if (e == null) {
            return null;
        }
        for (String name : names) {
            if (!e.attr(name).isBlank()) {
                return e.attr(name);
            }
        }
        return e.text();
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String first(String... values) {
        for (String v : values) {
            String cleaned = Texts.clean(v);
            if (!cleaned.isEmpty()) {
                return cleaned;
            }
        }
        return null;
    }
}
