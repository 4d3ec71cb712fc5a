package io.wirestream.enrich.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lines written in headline case ("Police Identify Man, Woman Found Dead in Plano") capitalise every word,
 * so capitalisation says nothing there: related-link lists and teasers pasted into a body turn into
 * made-up people ("Identify Man") and bodies. A run starting on such a line is read only through the
 * gazetteer and the curated lists; a name the body also writes in running text is read there anyway.
 */
final class HeadlineLines {

    /** Words headline case leaves in lowercase. */
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for",
            "and", "or", "but", "by", "with", "from", "as", "vs", "vs.", "into", "over", "after", "is", "are");

    private final List<int[]> lines;

    private HeadlineLines(List<int[]> lines) {
        this.lines = lines;
    }

    /** Headline-case lines: four or more capitalised words, no other lowercase word, no credit ("by"). */
    static HeadlineLines of(String text) {
        List<int[]> found = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (headlineCase(text.substring(start, end))) {
                found.add(new int[] {start, end});
            }
            start = end + 1;
        }
        return new HeadlineLines(found);
    }

    static boolean headlineCase(String line) {
        int capitalised = 0;
        int words = 0;
        for (Token t : Tokenizer.tokens(line)) {
            // credit lines ("Reporting by Will Dunham; Editing by ...") name people in title case
            if (t.text().equals("by") || t.text().equals(";")) {
                return false;
            }
            if (!t.word() || Character.isDigit(t.text().charAt(0))) {
                continue;
            }
            words++;
            if (t.capitalised()) {
                capitalised++;
            } else if (!SMALL_WORDS.contains(t.text())) {
                return false;
            }
        }
        return words >= 4 && capitalised >= 4;
    }

    boolean contains(int offset) {
        for (int[] line : lines) {
            if (offset >= line[0] && offset < line[1]) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }
}
