package io.wirestream.enrich.tag;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hyphenated compounds that join two names: "the Democratic Party-controlled House", "Saudi Arabia-led
 * coalition", "Kremlin-backed Rossiya TV". The part before the hyphen is one name (the owner), what follows
 * the compound another; read as one run they make a name nobody has.
 */
final class Compounds {

    private static final Pattern OWNED = Pattern.compile(
            "(\\p{Lu}[\\p{L}.]*)-(controlled|led|backed|owned|funded|run|allied|aligned|dominated|sponsored)");

    private Compounds() {
    }

    /** The index of the first compound word inside the run that has a name after it, or -1. */
    static int ownerAt(List<String> words) {
        for (int i = 0; i < words.size() - 1; i++) {
            String w = words.get(i);
            // the hyphen test first: the pattern runs on every word of every run otherwise
            if (w.indexOf('-') > 0 && OWNED.matcher(w).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** The owner's name: the words before the compound and the compound's first part. */
    static String owner(List<String> words, int at) {
        Matcher m = OWNED.matcher(words.get(at));
        if (!m.matches()) {
            throw new IllegalArgumentException("no owner compound at " + at + ": " + words);
        }
        StringBuilder out = new StringBuilder();
        for (String w : words.subList(0, at)) {
            out.append(w).append(' ');
        }
        return out.append(m.group(1)).toString();
    }
}
