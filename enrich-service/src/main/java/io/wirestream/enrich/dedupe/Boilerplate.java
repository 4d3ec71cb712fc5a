package io.wirestream.enrich.dedupe;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drops the paragraphs an outlet wraps around agency copy (bylines, credits, copyright and
 * newsletter lines) before near-duplicate fingerprinting: they are not the story, and on a short
 * version they would be a large share of its shingles and names.
 */
final class Boilerplate {

    private static final Pattern PARAGRAPHS = Pattern.compile("\\r?\\n\\s*\\n|\\r\\s*\\r");
    private static final Pattern WRAPPER = Pattern.compile(
            "^(?:©|\\(c\\)|copyright\\b|from staff\\b|(?:additional )?reporting by\\b"
                    + "|(?:editing|writing|compiled) by\\b|sign up\\b|follow (?:us|our)\\b|read more\\b)"
                    + "|all rights reserved|may not be (?:published|reproduced|redistributed)",
            Pattern.CASE_INSENSITIVE);

    private Boilerplate() {
    }

    static String strip(String body) {
        String kept = Arrays.stream(PARAGRAPHS.split(body))
                .map(String::strip)
                .filter(p -> !p.isEmpty() && !isWrapper(p))
                .collect(Collectors.joining("\n\n"));
        return kept.isEmpty() ? body : kept;
    }

    private static final Pattern BYLINE = Pattern.compile("^By \\p{Lu}[^.]{0,60}$");

    static boolean isWrapper(String paragraph) {
        if (paragraph.length() >= 400) {
            return false;
        }
        String clean = BodyNormaliser.clean(paragraph);
        return WRAPPER.matcher(clean).find() || BYLINE.matcher(clean).find();
    }
}
