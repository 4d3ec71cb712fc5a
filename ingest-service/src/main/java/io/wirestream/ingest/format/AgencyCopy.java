package io.wirestream.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of an agency transmission: headline and byline lines, then paragraphs. Paragraphs
 * start on an indented line or after a blank line; a line that merely wraps is joined to the one
 * before. ANPA marks headline and byline lines with {@code ^} and ends them with {@code <} or
 * {@code =}; those marks are removed.
 *
 * @param headline  the first marked line, else the first line
 * @param byline    a "By ..." line, without the "By"
 * @param dateline  the dateline that opens the first paragraph ("TROMSØ, Norway (Nordwire) _"), without the dash
 * @param located   the place of the dateline
 * @param paragraphs the body paragraphs, the dateline left in place
 */
public record AgencyCopy(String headline, String byline, String dateline, String located, List<String> paragraphs) {

    private static final Pattern MARKED = Pattern.compile("^\\s*\\^(.*?)[<=]?\\s*$");
    private static final Pattern BY = Pattern.compile("(?i)^by\\s+(.+)$");
    /** ANPA repeats the keyword and word count as the first text line ("^BC-Norway-Cod,0412<"). */
    private static final Pattern KEYWORD_LINE = Pattern.compile("^[\\w-]+(?:,[^,]*)*,\\s*\\d{2,4}$");
    /** Editors' notes ("^Eds: UPDATES with ...<") are for editors, not readers. */
    private static final Pattern EDITORS_NOTE = Pattern.compile("(?i)^(?:eds?|editors?)\\s*:.*");
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}\\p{M} .'-]+(?:,\\s*[\\p{L}. ]+?)?(?:,\\s*\\p{L}{3,9}\\.?\\s+\\d{1,2})?)\\s*(?:\\(([^)]{2,40})\\))?\\s+(?:_|--|—|–|-)\\s");

    public String body() {
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }

    public static AgencyCopy read(String text, boolean firstLineIsHeadline) {
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        String headline = null;
        String byline = null;
        int i = 0;
        // Leading marked lines (and, where the format says so, the first plain line) are heading lines.
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Matcher marked = MARKED.matcher(line);
            String content = marked.matches() ? marked.group(1).strip() : null;
            if (content == null && headline == null && firstLineIsHeadline) {
                content = line.strip();
            } else if (content == null) {
                Matcher by = BY.matcher(line.strip());
                if (by.matches() && byline == null && line.strip().length() < 80) {
                    byline = by.group(1).strip();
                    continue;
                }
                break;
            }
            if (KEYWORD_LINE.matcher(content).matches() || EDITORS_NOTE.matcher(content).matches()) {
                continue;
            }
            Matcher by = BY.matcher(content);
            if (by.matches() && byline == null) {
                byline = by.group(1).strip();
            } else if (headline == null) {
                headline = content;
            }
            // other marked lines ("Nordwire Writer" under the byline, second decks) are heading matter
        }
        List<String> paragraphs = paragraphs(lines.subList(i, lines.size()));
        String dateline = null;
        String located = null;
        if (!paragraphs.isEmpty()) {
            Matcher m = DATELINE.matcher(paragraphs.getFirst());
            if (m.find()) {
                dateline = m.group(1).strip() + (m.group(2) != null ? " (" + m.group(2) + ")" : "");
                located = m.group(1).replaceFirst(",\\s*\\p{L}{3,9}\\.?\\s+\\d{1,2}$", "").strip();
            }
        }
        return new AgencyCopy(headline, byline, dateline, located, paragraphs);
    }

    private static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            boolean indented = line.startsWith("\t") || line.startsWith("   ");
            String content = line.strip();
            if (content.isEmpty() || indented) {
                flush(current, paragraphs);
            }
            if (!content.isEmpty()) {
                if (!current.isEmpty()) {
                    current.append(' ');
                }
                current.append(content);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
