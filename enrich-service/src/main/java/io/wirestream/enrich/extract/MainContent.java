package io.wirestream.enrich.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article body of an HTML page without knowing the site.
 *
 * <ol>
 *   <li>The page is cut into text blocks at block-level element boundaries; each block knows how
 *       much of its text sits in links and which element holds it.</li>
 *   <li>Each block is prose (long enough, few links, not a boilerplate phrase) or noise. Every
 *       element scores the prose characters below it minus the noise characters below it; the
 *       highest-scoring element is the container that holds most prose with least noise.</li>
 *   <li>Inside the container, blocks that are link lists, boilerplate phrases or sit in elements
 *       named like furniture are dropped, as are non-prose blocks before the first and after the
 *       last prose block (bylines, share bars, tag lists).</li>
 * </ol>
 * When the page states its body in schema.org JSON-LD, blocks found in that text count as prose
 * whatever their length, which steers the container search on pages with short paragraphs.
 */
final class MainContent {

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "blockquote", "pre", "figure", "figcaption", "header", "footer", "aside", "nav", "hr", "br", "address",
            "center", "form", "fieldset", "details", "summary", "caption", "body", "html");
    private static final String DROP = "script, style, noscript, template, iframe, svg, button, select, input, "
            + "textarea, object, embed, canvas, link, meta, [hidden], [aria-hidden=true], [style~=display:\\s*none]";
    /** Containers that HTML itself marks as not the article. */
    private static final Set<String> STRUCTURAL_FURNITURE = Set.of("nav", "aside", "footer", "header", "figcaption");
    /** Class/id words that name the article itself; they overrule furniture words on the same element. */
    private static final Set<String> CONTENT_NAMES = Set.of("article", "body", "content", "story", "post", "entry",
            "main", "text", "articlebody", "storybody", "prose");
    /** Class/id words that mark non-article containers on most sites. */
    private static final Set<String> FURNITURE_NAMES = Set.of("nav", "navbar", "navigation", "menu", "footer",
            "sidebar", "related", "popular", "share", "sharing", "social", "promo", "ad", "ads", "advert",
            "advertisement", "newsletter", "breadcrumb", "breadcrumbs", "comments", "comment", "teaser", "teasers",
            "trending", "recommended", "subscribe", "cookie", "banner", "masthead", "toolbar", "byline", "author",
            "caption", "credit", "tags", "meta", "widget", "outbrain", "taboola", "signup", "disclaimer", "rail",
            "dateline", "timestamp", "modal", "popup", "overlay", "pagination", "pager");
    /** Reader comments and their relatives are furniture even when named "comment-content". */
    private static final Pattern STRONG_FURNITURE = Pattern.compile("comment|disqus|respond|reply|replies");
    /** Markup that a page shows as text (escaped tracking pixels and the like). */
    private static final Pattern MARKUP = Pattern.compile("^(?:<[a-zA-Z][^>]*>|\\[[a-z_]+ [^\\]]*\\]).*");
    /** A web address written out as text (share URLs, image paths leaked from data attributes). */
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    /** Embedded social posts that a story quotes: their links and handles are part of the quote. */
    private static final String EMBEDDED_POSTS = "blockquote.twitter-tweet, blockquote.instagram-media, "
            + "blockquote.tiktok-embed, blockquote.reddit-card";
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "(?iu)(?:\\((?:image|photo|picture|pic|credit)s?\\s*:[^)]{1,60}\\)|(?:credit|photo|image)s?\\s*:\\s*[^.:]{1,50})$");
    /** Headings of reader-comment sections. */
    private static final Pattern COMMENTS_START = Pattern.compile(
            "(?iu)^(?:\\d+ (?:thoughts|comments|responses|replies) on|comments are closed|leave a (?:comment|reply)"
                    + "|(?:join|start) the (?:discussion|conversation)|(?:\\d+ )?comments?$)");
    /**
     * Section headings after which a page shows other stories or press-release boilerplate, never more
     * of this one: "You may also like" in the languages the wire pages come in, "About Acme". ("Read
     * also" and "Related news" are not among them: stories put those boxes between their paragraphs.)
     */
    private static final Pattern STORY_END = Pattern.compile(
            "(?iu)^(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|more (?:stories|articles) (?:from|like)"
                    + "|recommended for you|(?:voc[eê] )?(?:tamb[eé]m )?pode gostar|(?:tambi[eé]n )?te puede interesar"
                    + "|vous aimerez aussi|das k[oö]nnte sie auch interessieren|potrebbe interessarti"
                    + "|вам (?:может|могут) (?:быть интересн|понравить)\\p{L}*)\\W*$"
                    + "|^(?-i:About (?:the )?\\p{Lu}[\\p{L}\\d&.'-]*(?: \\p{Lu}[\\p{L}\\d&.'-]*){0,3})\\W*$");
    /** Promotions inside the story column: newsletter sign-ups, reprint notices. */
    private static final Pattern PROMO = Pattern.compile(
            "(?iu)\\b(?:sign up|subscribe)\\b.{0,80}\\b(?:newsletters?|inbox|e-?mails?)\\b"
                    + "|\\b(?:newsletters?|inbox|e-?mails?)\\b.{0,60}\\b(?:sign up|subscribe|delivered)\\b"
                    + "|for your personal,? non-?commercial use only");
    private static final int PROMO_MAX_CHARS = 300;
    private static final int TEASER_LEVELS = 3;
    private static final int TEASER_MAX_CHARS = 1000;
    private static final Pattern CAMEL_HUMP = Pattern.compile("(\\p{Ll})(\\p{Lu})");
    private static final Pattern NAME_SPLIT = Pattern.compile("[^a-z]+");
    private static final int PROSE_MIN_CHARS = 60;
    private static final double PROSE_MAX_LINK_DENSITY = 0.3;
    private static final double NOISE_WEIGHT = 1.0;
    private static final double SHORT_TEXT_WEIGHT = 0.3;

    private static final boolean DEBUG = Boolean.getBoolean("wirestream.extract.debug");

    private MainContent() {
    }

    /** A text block of the page, with the element that holds it. */
    record Piece(String text, int linked, Element owner, boolean heading, Boolean[] verdict) {

        Piece(String text, int linked, Element owner, boolean heading) {
            this(text, linked, owner, heading, new Boolean[1]);
        }

        /** Whether the block reads as prose; computed once (the hints are the same for the whole page). */
        boolean prose(Hints hints) {
            if (verdict[0] == null) {
                verdict[0] = computeProse(this, hints);
            }
            return verdict[0];
        }

        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linked / text.length());
        }
    }

    /** The hints a page gives about its own body: JSON-LD articleBody and the meta description. */
    record Hints(String statedBody, String description, String headline) {

        static Hints of(String statedBody, String description, String headline) {
            String body = statedBody == null ? null : normalise(statedBody);
            String lead = description == null ? null : normalise(description);
            return new Hints(body != null && body.length() >= 200 ? body : null,
                    lead != null && lead.length() >= 40 ? lead.substring(0, Math.min(80, lead.length())) : null,
                    headline == null ? null : normalise(headline));
        }
    }

    /**
     * The body paragraphs of a parsed page, in order. The document is modified (furniture removed).
     */
    static List<String> paragraphs(Document doc, Hints hints) {
        doc.select(DROP).remove();
        List<Piece> pieces = pieces(doc.body());
        if (pieces.isEmpty()) {
            return List.of();
        }
        Set<Piece> furniture = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Element, Boolean> named = new IdentityHashMap<>();
        // layout wrappers named after what sits beside them ("has-sidebar") hold the story's headline
        for (Element marker : doc.body().select("h1, main, [itemprop=articleBody]")) {
            for (Element e = marker; e != null; e = e.parent()) {
                named.put(e, false);
            }
        }
        Set<Element> quotedPosts = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        quotedPosts.addAll(doc.body().select(EMBEDDED_POSTS));
        for (Piece piece : pieces) {
            if (inFurniture(piece.owner(), doc.body(), named) && !isInside(piece.owner(), quotedPosts)) {
                furniture.add(piece);
            }
        }
        Map<Element, int[]> chars = new IdentityHashMap<>();
        for (Piece piece : pieces) {
            for (Element e = piece.owner(); e != null && e != doc.body(); e = e.parent()) {
                int[] c = chars.computeIfAbsent(e, k -> new int[2]);
                c[0] += piece.text().length();
                c[1] += piece.text().length() >= PROSE_MIN_CHARS ? 1 : 0;
            }
        }
        for (Piece piece : pieces) {
            if (MARKUP.matcher(piece.text()).matches() || isMostlyUrls(piece.text())
                    || (isProse(piece, hints) && isTeaser(piece, doc.body(), chars))) {
                furniture.add(piece);
            }
        }
        Map<Element, double[]> scores = scores(pieces, hints, furniture, doc.body());
        Element container = container(scores, doc.body());
        if (scores.get(container)[0] <= 0 && !furniture.isEmpty()) {
            // everything that reads like prose sits in something named like furniture: trust the text
            furniture.clear();
            scores = scores(pieces, hints, furniture, doc.body());
            container = container(scores, doc.body());
        }
        if (DEBUG) {
            System.err.println("container " + container.cssSelector() + " score " + scores.get(container)[0]);
            for (Piece piece : pieces) {
                System.err.printf("  %s %s %s | %.70s%n", furniture.contains(piece) ? "F" : "-",
                        isProse(piece, hints) ? "P" : "-", scores.get(piece.owner())[0], piece.text());
            }
        }
        List<Piece> inside = new ArrayList<>();
        for (Piece piece : pieces) {
            if (!furniture.contains(piece) && isWithin(piece.owner(), container)) {
                inside.add(piece);
            }
        }
        return select(inside, hints);
    }

    /** Prose characters minus noise characters below each element. */
    private static Map<Element, double[]> scores(List<Piece> pieces, Hints hints, Set<Piece> furniture, Element body) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        for (Piece piece : pieces) {
            double value = value(piece, hints, furniture.contains(piece));
            for (Element e = piece.owner(); e != null; e = e.parent()) {
                scores.computeIfAbsent(e, k -> new double[1])[0] += value;
                if (e == body) {
                    break;
                }
            }
        }
        return scores;
    }

    /**
     * Prose counts its unlinked characters, less its linked ones (a paragraph dense with name links
     * is neutral, a link list is noise); short lines, headings and furniture cost their length.
     */
    private static double value(Piece piece, Hints hints, boolean furniture) {
        String text = piece.text();
        if (furniture || piece.heading() || isBoilerplate(text)) {
            return -NOISE_WEIGHT * text.length();
        }
        if (isProse(piece, hints)) {
            double value = text.length() - piece.linked();
            if (hints.description() != null && normalise(text).contains(hints.description())) {
                value *= 3; // the page's own summary quotes this paragraph: the lead of the story
            }
            return value;
        }
        if (text.length() >= PROSE_MIN_CHARS) {
            return text.length() - 2.0 * piece.linked();
        }
        // short lines: links are menus, plain text is as often a list item of the story as a label
        return -NOISE_WEIGHT * piece.linked() - SHORT_TEXT_WEIGHT * (text.length() - piece.linked());
    }

    private static Element container(Map<Element, double[]> scores, Element body) {
        Element best = body;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, double[]> entry : scores.entrySet()) {
            double score = entry.getValue()[0];
            if (score > bestScore) {
                bestScore = score;
                best = entry.getKey();
            }
        }
        // a block-level owner that is a single paragraph is too narrow: take the element that holds it
        while (best != body && best.parent() != null && isParagraphLike(best)) {
            best = best.parent();
        }
        return best;
    }

    private static boolean isParagraphLike(Element e) {
        String tag = e.normalName();
        return tag.equals("p") || tag.equals("li") || tag.equals("blockquote") || tag.equals("pre")
                || tag.matches("h[1-6]") || tag.equals("td");
    }

    static boolean isProse(Piece piece, Hints hints) {
        return piece.prose(hints);
    }

    private static boolean computeProse(Piece piece, Hints hints) {
        String text = piece.text();
        if (hints.statedBody() != null && text.length() >= 20 && hints.statedBody().contains(normalise(text))) {
            return true;
        }
        return text.length() >= PROSE_MIN_CHARS
                && piece.linkDensity() < PROSE_MAX_LINK_DENSITY
                && !isMostlyUrls(text)
                && !isBoilerplate(text)
                && !piece.heading();
    }

    private static List<String> select(List<Piece> inside, Hints hints) {
        List<Piece> kept = new ArrayList<>();
        boolean inTeasers = false;
        for (Piece piece : inside.subList(afterHeadline(inside, hints), inside.size())) {
            String text = piece.text();
            if (!kept.isEmpty() && (COMMENTS_START.matcher(text).find() || STORY_END.matcher(text).find())
                    && !isProse(piece, hints)) {
                break; // reader comments or other stories follow the story; nothing after their heading is the story
            }
            if (isProse(piece, hints)) {
                inTeasers = false;
                kept.add(piece);
            } else if (isBoilerplate(text)) {
                inTeasers = true;
            } else if (!inTeasers && (piece.linkDensity() < 0.5 || isLinkedSentence(piece))
                    && !ProseBlocks.hasMenuTokens(text)) {
                kept.add(piece);
            }
        }
        int from = 0;
        int to = kept.size();
        while (from < to && !isProse(kept.get(from), hints) && isEdgeClutter(kept.get(from), hints)) {
            from++;
        }
        while (to > from && !isProse(kept.get(to - 1), hints) && isEdgeClutter(kept.get(to - 1), hints)) {
            to--;
        }
        List<String> out = new ArrayList<>();
        for (Piece piece : kept.subList(from, to)) {
            out.add(piece.text());
        }
        return out;
    }

    /**
     * A full sentence whose words are mostly links (a round-up item linking its source) is story text;
     * teaser headlines do not end like sentences and are shorter.
     */
    private static boolean isLinkedSentence(Piece piece) {
        return piece.text().length() >= 100 && piece.linkDensity() < 0.9 && ProseBlocks.endsLikeSentence(piece.text());
    }

    /**
     * A story starts under its headline: when the page's headline sits inside the container below some
     * blocks (a ticker of other stories, a teaser strip), those blocks go, provided a real body follows
     * the headline (at least half as much prose as precedes it).
     */
    private static int afterHeadline(List<Piece> kept, Hints hints) {
        if (hints.headline() == null) {
            return 0;
        }
        for (int i = 1; i < kept.size(); i++) {
            Piece piece = kept.get(i);
            if (piece.heading() && normalise(piece.text()).equals(hints.headline())) {
                int before = proseChars(kept.subList(0, i), hints);
                int after = proseChars(kept.subList(i + 1, kept.size()), hints);
                if (DEBUG) {
                    System.err.println("headline at block " + i + ", prose before " + before + ", after " + after);
                }
                return before > 0 && after >= 200 && 2 * after > before ? i : 0;
            }
        }
        return 0;
    }

    private static int proseChars(List<Piece> pieces, Hints hints) {
        int chars = 0;
        for (Piece piece : pieces) {
            chars += isProse(piece, hints) ? piece.text().length() : 0;
        }
        return chars;
    }

    /**
     * A teaser card: one snippet in a small box that also holds a headline-sized link to somewhere
     * else (lists of related or latest stories). Links inside the snippet itself do not count.
     */
    private static boolean isTeaser(Piece piece, Element body, Map<Element, int[]> chars) {
        Element e = piece.owner();
        for (int level = 0; level < TEASER_LEVELS && e.parent() != null && e.parent() != body; level++) {
            Element inner = e;
            e = e.parent();
            int[] c = chars.getOrDefault(e, new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE});
            if (c[0] > TEASER_MAX_CHARS || c[1] > 1) {
                return false;
            }
            for (Element link : e.getElementsByTag("a")) {
                if (!isWithin(link, inner) && isHeadlineLink(link)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A link of four words or more that fills its whole block, as teaser headlines do (inline links do not). */
    private static boolean isHeadlineLink(Element link) {
        String text = link.text();
        if (Texts.words(text).length < 4) {
            return false;
        }
        Element block = link.parent();
        while (block != null && !BLOCK_TAGS.contains(block.normalName())) {
            block = block.parent();
        }
        return block == null || text.length() >= 0.8 * block.text().length();
    }

    /**
     * What sits around a story's prose without being part of it: headings (the headline), bylines and
     * dates, link lines, one- and two-word labels ("Share", "Advertisement").
     */
    private static boolean isEdgeClutter(Piece piece, Hints hints) {
        String text = piece.text();
        // a sentence with a few links in it is story text; a line of links is not
        boolean linkLine = piece.linkDensity() > 0.3
                && (text.length() < PROSE_MIN_CHARS || piece.linkDensity() > 0.6 || !ProseBlocks.endsLikeSentence(text));
        return piece.heading() || normalise(text).equals(hints.headline()) || text.startsWith("http") || linkLine
                || Texts.words(text).length <= 2 || isBoilerplate(text) || ProseBlocks.hasMenuTokens(text)
                || Headlines.isMetadata(text);
    }

    /** Boilerplate phrases, and photo captions that end in their credit ("... (Image: Getty)"). */
    private static boolean isBoilerplate(String text) {
        return ProseBlocks.isFurniture(text) || CAPTION_CREDIT.matcher(text).find()
                || (text.length() <= PROMO_MAX_CHARS && PROMO.matcher(text).find());
    }

    /** True when an ancestor below body is marked as furniture by its tag or its class/id words. */
    private static boolean inFurniture(Element owner, Element body, Map<Element, Boolean> named) {
        for (Element e = owner; e != null && e != body; e = e.parent()) {
            if (named.computeIfAbsent(e, x -> STRUCTURAL_FURNITURE.contains(x.normalName()) || namedAsFurniture(x))) {
                return true;
            }
        }
        return false;
    }

    /** Class or id holds a furniture word and no content word ("article-body-share" is not furniture). */
    static boolean namedAsFurniture(Element element) {
        String raw = element.className() + " " + element.id();
        if (raw.isBlank()) {
            return false;
        }
        // camelCase names ("imageEmbedCaption") hold their words the way dashes do
        String names = CAMEL_HUMP.matcher(raw).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
        if (STRONG_FURNITURE.matcher(names).find()) {
            return true;
        }
        boolean furniture = false;
        for (String word : NAME_SPLIT.split(names)) {
            if (CONTENT_NAMES.contains(word)) {
                return false;
            }
            furniture |= FURNITURE_NAMES.contains(word);
        }
        return furniture;
    }

    /** Text of which web addresses make up a third or more: leaked markup or share lines, not prose. */
    static boolean isMostlyUrls(String text) {
        if (text.indexOf("http") < 0 && text.indexOf("www.") < 0) {
            return false;
        }
        int urlChars = 0;
        java.util.regex.Matcher m = URL.matcher(text);
        while (m.find()) {
            urlChars += m.end() - m.start();
        }
        return urlChars >= text.length() / 3.0;
    }

    private static boolean isInside(Element e, Set<Element> ancestors) {
        if (ancestors.isEmpty()) {
            return false;
        }
        for (Element x = e; x != null; x = x.parent()) {
            if (ancestors.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWithin(Element e, Element container) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == container) {
                return true;
            }
        }
        return false;
    }

    static String normalise(String text) {
        return Texts.clean(text).toLowerCase(Locale.ROOT);
    }

    /** Cuts the body into text blocks at block-element boundaries, in document order. */
    static List<Piece> pieces(Element root) {
        List<Piece> pieces = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private final StringBuilder text = new StringBuilder();
            private final List<Element> open = new ArrayList<>();
            private int linked;
            private int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    text.append(s);
                    if (linkDepth > 0) {
                        linked += Texts.cleanLength(s);
                    }
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        linkDepth++;
                    }
                    if (BLOCK_TAGS.contains(e.normalName())) {
                        flush();
                        open.add(e);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        linkDepth--;
                    }
                    if (BLOCK_TAGS.contains(e.normalName())) {
                        flush();
                        open.removeLast();
                    }
                }
                if (node == root) {
                    flush();
                }
            }

            private void flush() {
                String cleaned = Texts.clean(text.toString());
                if (!cleaned.isEmpty() && !open.isEmpty()) {
                    Element owner = open.getLast();
                    boolean heading = owner.normalName().matches("h[1-6]");
                    pieces.add(new Piece(cleaned, Math.min(linked, cleaned.length()), owner, heading));
                }
                text.setLength(0);
                linked = 0;
            }
        }, root);
        return pieces;
    }
}
