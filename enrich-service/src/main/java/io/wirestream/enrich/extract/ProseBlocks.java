package io.wirestream.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the article body among a page's blocks without knowing the site: prose blocks (long enough,
 * ending like a sentence, few links or menu separators) score by their size, everything else costs;
 * the body is the contiguous run of blocks with the highest total (maximum-sum subarray).
 */
final class ProseBlocks {

    static final int MIN_PROSE_WORDS = 4;
    private static final double MAX_PROSE_LINK_DENSITY = 0.35;
    private static final int MAX_SUBHEAD_WORDS = 15;

    /** Separators that menus, breadcrumbs and "more >>" teasers use and prose does not. */
    private static final Pattern MENU_TOKEN = Pattern.compile("\\||>>|»|›|•|·|::|\\s/\\s|\\s>\\s");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？][\"'”’»)\\]]*$");
    /** Page furniture that announces itself in its first words ("Editor: ...", "Most Popular", ...). */
    private static final Pattern FURNITURE_START = Pattern.compile(
            "(?iu)^(?:(?:editor|editors|edited by|editing by|reporting by|writing by|additional reporting"
                    + "|source|photo|photos|image|video|credit|tags?|keywords|topics|filed under|share)\\s*:"
                    + "|(?:most (?:popular|read|viewed|searched|shared|commented)|related(?: news| stories| articles"
                    + "| coverage| content| links)?|top news|latest news|more news|more from|read more|see also"
                    + "|share this|follow us|sign up|subscribe|advertisement|sponsored|back to top|recommended"
                    + "|trending|you may also like|special reports?|explore further|citation\\s*:|advert|comments are closed"
                    + "|leave a (?:comment|reply)|\\d+ (?:thoughts|comments|responses|replies) on"
                    + "|this \\w+ requires javascript|please enable javascript|don[’']?t miss|read (?:also|next)|follow @\\w+)\\b)");
    /** Legal footers, wherever they sit in the block. */
    private static final Pattern LEGAL = Pattern.compile(
            "(?iu)all rights reserved|©|\\(c\\)\\s*\\d{4}|copyright\\s+(?:©\\s*)?\\d{4}|subject to copyright");

    private ProseBlocks() {
    }

    static boolean hasMenuTokens(String text) {
        return MENU_TOKEN.matcher(text).find();
    }

    static boolean isFurniture(String text) {
        return FURNITURE_START.matcher(text).find() || LEGAL.matcher(text).find();
    }

    static boolean endsLikeSentence(String text) {
        return SENTENCE_END.matcher(text).find();
    }

    /**
     * Size of a text in words; scripts written without spaces (Chinese, Japanese) count about two
     * characters a word.
     */
    static int size(String text) {
        int words = Texts.words(text).length;
        long ideographs = text.codePoints().filter(Character::isIdeographic).count();
        return (int) Math.max(words, ideographs / 2);
    }

    static boolean isProse(Block block) {
        String text = block.text();
        return !block.heading()
                && size(text) >= MIN_PROSE_WORDS
                && block.linkDensity() < MAX_PROSE_LINK_DENSITY
                && endsLikeSentence(text)
                && !hasMenuTokens(text)
                && !isFurniture(text);
    }

    /** A non-prose block that may still belong inside a body: a sub-head or a short caption-free line. */
    static boolean isCleanAside(Block block) {
        String text = block.text();
        return size(text) <= MAX_SUBHEAD_WORDS
                && block.linkDensity() < MAX_PROSE_LINK_DENSITY
                && !hasMenuTokens(text)
                && !isFurniture(text);
    }

    private static int score(Block block) {
        if (isProse(block)) {
            return size(block.text());
        }
        if (block.heading() && isCleanAside(block)) {
            return -2; // sub-heads inside a story must not split it
        }
        return -(5 + size(block.text()));
    }

    /** Index range [from, to) of the densest prose run; empty (from == to) when there is no prose. */
    static int[] densestRun(List<Block> blocks) {
        int bestFrom = 0;
        int bestTo = 0;
        int bestSum = 0;
        int from = 0;
        int sum = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (sum <= 0) {
                from = i;
                sum = 0;
            }
            sum += score(blocks.get(i));
            if (sum > bestSum) {
                bestSum = sum;
                bestFrom = from;
                bestTo = i + 1;
            }
        }
        return new int[] {bestFrom, bestTo};
    }

    /**
     * The body paragraphs: the densest run, minus the furniture that sat inside it. A furniture line
     * ("Most Read", "Related stories") opens a teaser section: the non-prose lines under it go too.
     */
    static List<String> body(List<Block> blocks, int[] run) {
        List<String> paragraphs = new ArrayList<>();
        boolean inTeasers = false;
        for (Block block : blocks.subList(run[0], run[1])) {
            if (isProse(block)) {
                inTeasers = false;
                paragraphs.add(block.text());
            } else if (isFurniture(block.text())) {
                inTeasers = true;
            } else if (!inTeasers && isCleanAside(block)) {
                paragraphs.add(block.text());
            }
        }
        return paragraphs;
    }
}
