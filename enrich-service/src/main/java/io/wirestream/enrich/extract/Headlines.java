package io.wirestream.enrich.extract;

import java.util.List;
import java.util.regex.Pattern;

/** Recognises headline-like lines and the metadata lines (dates, bylines, site names) around them. */
final class Headlines {

    private static final int LOOK_BACK = 6;
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern METADATA = Pattern.compile(
            "(?iu)\\d{4}-\\d{1,2}-\\d{1,2}|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\d{1,2}:\\d{2}|\\b" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\b\\d{1,2}\\s+"
                    + MONTH + "\\s+\\d{4}|^(?:by|from|posted|published|updated)\\b|\\b[\\w-]+\\.(?:com|cn|org|net|co\\.uk|news)\\b");

    private Headlines() {
    }

    static boolean isMetadata(String text) {
        return METADATA.matcher(text).find();
    }

    static boolean isTitleLike(String text) {
        int size = ProseBlocks.size(text);
        return size >= 3 && size <= 25
                && !text.endsWith(".")
                && text.codePoints().anyMatch(Character::isLetter)
                && !ProseBlocks.hasMenuTokens(text)
                && !ProseBlocks.isFurniture(text)
                && !isMetadata(text);
    }

    /** The title-like block closest before the body run, looking back over a few metadata lines. */
    static String beforeRun(List<Block> blocks, int runStart) {
        for (int i = runStart - 1; i >= 0 && i >= runStart - LOOK_BACK; i--) {
            String text = blocks.get(i).text();
            if (isTitleLike(text)) {
                return text;
            }
        }
        return null;
    }

    /** A stand-in headline when the document shows none: the first sentence, cut to a dozen words. */
    static String fromFirstParagraph(String paragraph) {
        String sentence = paragraph.split("(?<=[.!?])\\s", 2)[0];
        String[] words = Texts.words(sentence);
        if (words.length <= 12) {
            return sentence.replaceAll("[.]$", "");
        }
        return String.join(" ", List.of(words).subList(0, 12)) + "…";
    }
}
