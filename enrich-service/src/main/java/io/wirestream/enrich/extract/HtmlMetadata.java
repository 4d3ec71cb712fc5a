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
            published = shownDate(doc);
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

    /** The first date written for people in a date-like element near the top, or null. */
    private static String shownDate(Document doc) {
        int seen = 0;
        for (Element time : doc.select("time, [class*=date], [class*=time]")) {
            if (++seen > 20) {
                break;
            }
            String text = time.text();
            String day = text.length() > 200 ? null : PageDates.parseHuman(text);
            if (day != null) {
                return day;
            }
        }
        return null;
    }

    private static final String BYLINE_PLACES = "[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], "
            + "[class*=byline] [class*=author], [class*=byline], [class*=author-name], [class*=author__name], "
            + "[class*=authorName], [class*=author]";
    private static final Pattern FIRST_NUMBER = Pattern.compile(
            "(?i)\\s+(?=\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d)");
    private static final Pattern TRAILING_DASH = Pattern.compile("\\s*[-–—|•·,]+\\s*$");
    /** Lower-case words that may sit inside a person's name ("Ludwig van Beethoven"). */
    private static final Pattern NAME_PARTICLE = Pattern.compile(
            "(?u)(?:van|von|der|den|de|del|della|di|da|dos|du|la|le|bin|bint|al|el|ter|ten|y|zu)");
    private static final int MAX_BYLINE_ELEMENTS = 30;

    static List<String> authors(Document doc, JsonLd ld, Map<String, String> metas, String siteName) {
        List<String> stated = names(ld.authors(), siteName);
        if (stated.isEmpty()) {
            for (String name : AUTHOR_META) {
                String value = meta(metas, name);
                if (value != null && !value.startsWith("http")) {
                    stated = names(List.of(value), siteName);
                    break;
                }
            }
        }
        List<String> shown = shownAuthors(doc, stated, siteName);
        return shown != null ? shown : stated;
    }

    /**
     * The names the visible byline gives, when they say more than the metadata: the metadata often
     * names only the first of two authors, or the publisher instead of the people. Byline elements
     * are read in page order; one counts only when it names every person the metadata named, so a
     * teaser's byline further down cannot replace the story's. Null when the page adds nothing.
     */
    private static List<String> shownAuthors(Document doc, List<String> stated, String siteName) {
        List<String> best = stated;
        int seen = 0;
        for (Element byline : doc.select(BYLINE_PLACES)) {
            if (++seen > MAX_BYLINE_ELEMENTS) {
                break;
            }
            // names end where the byline's date or time begins ("By A, B 2019-11-18T22:05Z Science")
            String text = TRAILING_DASH.matcher(FIRST_NUMBER.split(byline.text(), 2)[0]).replaceFirst("");
            if (text.length() > 160) {
                continue;
            }
            List<String> found = names(List.of(text), siteName);
            if (found.isEmpty() || !found.stream().allMatch(n -> ORGANISATION.matcher(n).find() || plausibleName(n))) {
                continue;
            }
            boolean foundPeople = allPeople(found, siteName);
            if (best.isEmpty() || (foundPeople && !allPeople(best, siteName))
                    || (foundPeople && found.size() > best.size() && containsAll(found, best))) {
                best = found;
            }
        }
        if (best.isEmpty() || !allPeople(best, siteName)) {
            List<String> visible = names(List.of(visibleByline(doc)), siteName);
            if (!visible.isEmpty() && (best.isEmpty() || allPeople(visible, siteName))) {
                best = visible;
            }
        }
        return best == stated ? null : best;
    }

    private static boolean allPeople(List<String> names, String siteName) {
        return names.stream().allMatch(n -> isPerson(n, siteName));
    }

    private static boolean containsAll(List<String> found, List<String> stated) {
        Set<String> lower = new java.util.HashSet<>();
        found.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
        return stated.stream().allMatch(n -> lower.contains(n.toLowerCase(Locale.ROOT)));
    }

    /** Capitalised words, particles aside: "The Russian and Syrian defense ministries" names nobody. */
    private static boolean plausibleName(String name) {
        for (String word : name.split("\\s+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && !NAME_PARTICLE.matcher(word).matches()) {
                return false;
            }
        }
        return !name.startsWith("The ");
    }

    private static boolean isPerson(String name, String siteName) {
        return !(siteName != null && (name.equalsIgnoreCase(siteName) || siteName.toLowerCase(Locale.ROOT)
                .startsWith(name.toLowerCase(Locale.ROOT) + " ")) || ORGANISATION.matcher(name).find());
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
    static List<String> names(List<String> stated, String siteName) {
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

    /** The stated date in the time zone the page shows its readers (see {@link ShownTime}). */
    static String inShownZone(Document doc, String published) {
        return ShownTime.localise(doc, published);
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
