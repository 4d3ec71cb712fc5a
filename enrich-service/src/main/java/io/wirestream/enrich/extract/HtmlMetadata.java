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

    private static final Pattern BY = Pattern.compile("(?iu)^\\s*(?:by|von|par|por|di|door|av|af)\\s+");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("(?iu)\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?iu)https?:|www\\.|@|\\d{2}|staff|editor|desk");
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
        String headline = first(
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
        String modified = firstDate(ld.text("dateModified"), metaDates(metas, MODIFIED_META),
                attr(doc.selectFirst("[itemprop=dateModified]"), "content", "datetime"));
        String canonical = first(doc.select("link[rel=canonical]").attr("abs:href"), meta(metas, "og:url"), url);
        String image = first(meta(metas, "og:image"), ld.image(), meta(metas, "twitter:image"));
        String siteName = first(meta(metas, "og:site_name"), ld.publisherName(), meta(metas, "application-name"));
        String language = first(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                meta(metas, "content-language"), meta(metas, "og:locale"), ld.text("inLanguage"));
        return new Facts(headline, authors(doc, ld, metas), published, modified, siteName, canonical, image,
                language(language), ld.text("articleBody"),
                first(meta(metas, "og:description"), meta(metas, "description"), ld.text("description")));
    }

    static List<String> authors(Document doc, JsonLd ld, Map<String, String> metas) {
        List<String> stated = ld.authors();
        if (stated.isEmpty()) {
            for (String name : AUTHOR_META) {
                String value = meta(metas, name);
                if (value != null && !value.startsWith("http")) {
                    stated.add(value);
                    break;
                }
            }
        }
        if (stated.isEmpty()) {
            Element byline = doc.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], "
                    + "[class*=byline] [class*=author], [class*=byline], [class*=author-name]");
            if (byline != null) {
                stated.add(byline.text());
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (String s : stated) {
            String cleaned = BY.matcher(Texts.clean(s)).replaceFirst("");
            for (String part : AUTHOR_SPLIT.split(cleaned)) {
                String name = part.strip();
                if (!name.isEmpty() && Texts.words(name).length <= 5 && !NOT_A_NAME.matcher(name).find()) {
                    names.add(name);
                }
            }
        }
        return new ArrayList<>(names);
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
