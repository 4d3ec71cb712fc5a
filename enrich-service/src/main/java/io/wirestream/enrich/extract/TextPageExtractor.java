package io.wirestream.enrich.extract;

import io.wirestream.contract.RawArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts a story from a plain-text dump of a web page (or a bare story): blank lines separate
 * blocks; a block whose lines look hard-wrapped is one paragraph, else each line is its own block
 * (menus and footers often come as runs of short lines).
 */
final class TextPageExtractor implements Extractor {

    private static final int WRAPPED_LINE_MIN_CHARS = 40;

    @Override
    public Extracted extract(RawArticle raw) {
        return extractText(raw.payload());
    }

    static Extracted extractText(String payload) {
        List<Block> blocks = blocks(payload);
        int[] run = ProseBlocks.densestRun(blocks);
        return new Extracted(Headlines.beforeRun(blocks, run[0]), ProseBlocks.body(blocks, run));
    }

    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> group = new ArrayList<>();
        for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
            String cleaned = Texts.clean(line);
            if (cleaned.isEmpty()) {
                flush(group, blocks);
            } else {
                group.add(cleaned);
            }
        }
        flush(group, blocks);
        return blocks;
    }

    private static void flush(List<String> group, List<Block> blocks) {
        if (group.isEmpty()) {
            return;
        }
        if (looksHardWrapped(group)) {
            blocks.add(Block.plain(String.join(" ", group)));
        } else {
            group.forEach(line -> blocks.add(Block.plain(line)));
        }
        group.clear();
    }

    /** Lines of one wrapped paragraph are long, free of menu separators, and mostly end mid-sentence. */
    private static boolean looksHardWrapped(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        List<String> allButLast = lines.subList(0, lines.size() - 1);
        boolean longAndClean = allButLast.stream()
                .allMatch(l -> l.length() >= WRAPPED_LINE_MIN_CHARS && !ProseBlocks.hasMenuTokens(l));
        long midSentence = allButLast.stream().filter(l -> !ProseBlocks.endsLikeSentence(l)).count();
        return longAndClean && midSentence * 2 > allButLast.size();
    }
}
