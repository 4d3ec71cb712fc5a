package io.wirestream.enrich.extract;

import io.wirestream.contract.RawArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts a story from an HTML page: drops the page furniture that HTML marks as such (nav, header,
 * footer, aside, scripts, and containers whose class or id names a menu, sidebar, teaser list ...),
 * then runs the same densest-prose-run search as for text dumps over the remaining block elements.
 * The headline is the article's {@code <h1>}, else og:title, else any {@code <h1>}, else the title.
 */
final class HtmlPageExtractor implements Extractor {

    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, blockquote, li, pre, dd";
    private static final String ALWAYS_FURNITURE = "script, style, noscript, template, iframe, svg, form, button, "
            + "nav, header, footer, aside, figure figcaption, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [aria-hidden=true], [hidden]";
    /** Class/id words that mark non-article containers on most sites. */
    private static final Set<String> FURNITURE_NAMES = Set.of("nav", "navbar", "navigation", "menu", "footer",
            "sidebar", "related", "popular", "share", "sharing", "social", "promo", "ad", "ads", "advert",
            "advertisement", "newsletter", "breadcrumb", "breadcrumbs", "comments", "comment", "teaser", "teasers",
            "trending", "recommended", "subscribe", "cookie", "banner", "masthead", "toolbar");

    @Override
    public Extracted extract(RawArticle raw) {
        Document doc = Jsoup.parse(raw.payload());
        ArticlePage page = new PageExtractor().fromHtml(doc, null);
        if (!page.paragraphs().isEmpty()) {
            return new Extracted(page.headline(), page.paragraphs(), page);
        }
        // nothing long enough to call prose: fall back to the sentence-run search over all blocks
        doc = Jsoup.parse(raw.payload());
        String headline = headline(doc);
        doc.select(ALWAYS_FURNITURE).remove();
        for (Element element : doc.body().select("[class], [id]")) {
            if (namedAsFurniture(element)) {
                element.remove();
            }
        }
        List<Block> blocks = blocks(doc);
        int[] run = ProseBlocks.densestRun(blocks);
        if (headline == null) {
            headline = Headlines.beforeRun(blocks, run[0]);
        }
        return new Extracted(headline, ProseBlocks.body(blocks, run));
    }

    private static String headline(Document doc) {
        List<String> candidates = new ArrayList<>();
        candidates.add(text(doc.selectFirst("article h1, main h1, [itemprop=headline]")));
        candidates.add(doc.select("meta[property=og:title]").attr("content"));
        candidates.add(text(doc.selectFirst("h1")));
        candidates.add(withoutSiteName(doc.title()));
        return candidates.stream().map(Texts::clean).filter(s -> !s.isEmpty()).findFirst().orElse(null);
    }

    /** "Story title | Site Name" -> "Story title": the longest part between title separators. */
    static String withoutSiteName(String title) {
        String best = "";
        for (String part : title.split("\\s+[|–—-]\\s+")) {
            if (part.strip().length() > best.length()) {
                best = part.strip();
            }
        }
        return best;
    }

    private static String text(Element element) {
        return element == null ? null : element.text();
    }

    private static boolean namedAsFurniture(Element element) {
        if (element == element.ownerDocument().body()) {
            return false;
        }
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        for (String word : names.split("[^a-z]+")) {
            if (FURNITURE_NAMES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static List<Block> blocks(Document doc) {
        List<Block> blocks = new ArrayList<>();
        for (Element element : doc.body().select(BLOCKS)) {
            if (!element.select(BLOCKS).stream().allMatch(e -> e == element)) {
                continue; // a container of other blocks: its children are read on their own
            }
            String text = Texts.clean(element.text());
            if (text.isEmpty()) {
                continue;
            }
            int linked = element.select("a").stream().mapToInt(a -> Texts.clean(a.text()).length()).sum();
            boolean heading = element.tagName().matches("h[2-6]");
            blocks.add(new Block(text, Math.min(1.0, (double) linked / text.length()), heading));
        }
        return blocks;
    }
}
