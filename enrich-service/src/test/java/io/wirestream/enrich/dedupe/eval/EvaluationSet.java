package io.wirestream.enrich.dedupe.eval;

import io.wirestream.enrich.dedupe.DedupeInput;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a labelled dedupe evaluation set from real article texts: each text is an original sent
 * by a wire with a guid; outlets then carry it exactly (other typography), or with light, medium
 * or heavy edits; the wire sends versions, corrections and kills; and hard negatives (templated
 * stories, same-topic rewrites) are mixed in. Seeded, so every run builds the same set.
 */
public final class EvaluationSet {

    /** What an article truly is; {@code group} is the original it belongs to (itself for originals). */
    public record Truth(String id, Label label, String group) {
    }

    public enum Label {
        ORIGINAL, TEMPLATED, SAME_TOPIC, EXACT, LIGHT, MEDIUM, HEAVY, VERSION, CORRECTION, KILL,
        /** Another outlet's report of the original's event in its own words: a same-event link, not a copy. */
        EVENT,
        /** As {@link #EVENT}, but received after the same-event window: must stay unlinked. */
        EVENT_LATE,
        /** Another event told with the original's names and numbers: must not be linked. */
        OTHER_EVENT;

        /** Labels of the same-event evaluation; dedupe proper only asks them to stay originals. */
        boolean isEvent() {
            return this == EVENT || this == EVENT_LATE || this == OTHER_EVENT;
        }

        boolean isCopy() {
            return this == EXACT || this == LIGHT || this == MEDIUM || this == HEAVY;
        }

        boolean isNegative() {
            return this == ORIGINAL || this == TEMPLATED || this == SAME_TOPIC;
        }
    }

    public record Article(DedupeInput input, String headline, Truth truth) {
    }

    private static final Instant START = Instant.parse("2025-03-01T06:00:00Z");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}]{2,}\\b");
    private static final String[] OUTLETS = {"Daily Courier", "Evening Post", "Metro Wire", "Harbour Times", "Valley News"};
    private static final String[] BYLINES = {"By Ana Ruiz", "By Tom Okafor", "By Mei Lin, Staff Writer", "From staff and wire reports"};
    private static final String[] ADDED = {
        "Reporting by Lena Holt; editing by Mark Dunne.",
        "This story has been updated with comment from officials.",
        "Sign up for our morning newsletter to get the day's top stories in your inbox.",
        "Additional reporting by the newsroom staff. Follow our coverage on the website for further updates.",
    };

    private final Random random;
    // the same-event articles draw from their own generator, so the copies above stay exactly as they were
    private final Random events;
    private final List<Article> articles = new ArrayList<>();
    private int clock;

    private EvaluationSet(long seed) {
        this.random = new Random(seed);
        this.events = new Random(seed * 31 + 7);
    }

    /** The set for these real bodies (texts of different stories), in arrival order. */
    public static List<Article> build(List<String> bodies, long seed) {
        EvaluationSet set = new EvaluationSet(seed);
        set.generate(bodies);
        return set.articles;
    }

    private void generate(List<String> bodies) {
        List<List<String>> all = bodies.stream().map(EvaluationSet::paragraphs).filter(p -> words(p) >= 60).toList();
        // every fourth text is held out: it only appears rewritten about another story's names
        List<List<String>> texts = new ArrayList<>();
        List<List<String>> heldOut = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % 4 == 3 ? heldOut : texts).add(all.get(i));
        }
        for (int i = 0; i < texts.size(); i++) {
            List<String> original = texts.get(i);
            String id = "o" + i;
            String guid = "wire-" + i;
            add(new DedupeInput(id, "wire", join(original), guid, 1, false, null, next()), "Story " + i, Label.ORIGINAL, id);
            add(copy(id + "-exact", typography(original)), Label.EXACT, id);
            add(copy(id + "-light", light(original)), Label.LIGHT, id);
            add(copy(id + "-medium", medium(original)), Label.MEDIUM, id);
            add(copy(id + "-heavy", heavy(original)), Label.HEAVY, id);
            if (i % 3 == 0) {
                // versions are linked by identity, even when the text changed completely
                String rewritten = i % 2 == 0 ? join(medium(original)) : Templates.story(i % Templates.KINDS, random);
                add(new DedupeInput(id + "-v2", "wire", rewritten, guid, 2, false, "update", next()),
                        "Story " + i + " (update)", Label.VERSION, id);
                add(new DedupeInput(id + "-v3", "wire", correction(i), guid, 3, false, "correction", next()),
                        "Correction", Label.CORRECTION, id);
            }
            if (i % 5 == 0) {
                add(new DedupeInput(id + "-kill", "wire", kill(i), guid, 4, true, null, next()), "KILL", Label.KILL, id);
            }
            if (i < heldOut.size()) {
                String sid = "t" + i;
                add(new DedupeInput(sid, "outlet-x", join(sameTopic(heldOut.get(i), original)), null, 1, false, null,
                        next()), "Same topic " + i, Label.SAME_TOPIC, sid);
            }
            addEvents(i, id, original, heldOut);
            for (int k = 0; k < 2; k++) {
                String tid = "tpl" + i + "-" + k;
                add(new DedupeInput(tid, "wire", Templates.story((i * 2 + k) % Templates.KINDS, random), "tpl-" + tid, 1,
                        false, null, next()), "Templated " + tid, Label.TEMPLATED, tid);
            }
        }
    }

    /**
     * Same-event articles of text {@code i}, received within hours of the original (its event
     * window is 48 h): one report in other words (every tenth one after the window instead), and a
     * different event written around the original's names and numbers.
     */
    private void addEvents(int i, String id, List<String> original, List<List<String>> heldOut) {
        Instant at = articles.stream().filter(a -> a.input().id().equals(id)).findFirst().orElseThrow().input().receivedAt();
        String outlet = OUTLETS[events.nextInt(OUTLETS.length)];
        List<String> rewritten = EventRewrites.rewrite(original, events);
        if (events.nextBoolean()) {
            rewritten = new ArrayList<>(rewritten);
            rewritten.add("© 2025 " + outlet + ". All rights reserved.");
        }
        boolean late = i % 10 == 9;
        Instant eventAt = late ? at.plus(Duration.ofHours(49 + events.nextInt(10)))
                : at.plus(Duration.ofMinutes(10 + events.nextInt(30 * 60)));
        String eid = id + "-event";
        add(new DedupeInput(eid, outlet, join(rewritten), null, 1, false, null, eventAt), "Event " + eid,
                late ? Label.EVENT_LATE : Label.EVENT, id);
        if (!heldOut.isEmpty()) {
            // every name and number of the other text replaced: not the event the same-topic article t(i+1) tells
            List<String> other = withNumbersOf(withNamesOf(heldOut.get((i + 1) % heldOut.size()), original), original);
            String xid = "x" + i;
            add(new DedupeInput(xid, outlet, join(EventRewrites.rewrite(other, events)), null, 1, false, null,
                    at.plus(Duration.ofMinutes(10 + events.nextInt(30 * 60)))), "Other event " + xid, Label.OTHER_EVENT, xid);
        }
    }

    private static final Pattern NUMBER = Pattern.compile("\\b\\d[\\d,.]*\\d\\b");

    /** {@code text} with every capitalised word replaced, in turn, by the most frequent names of {@code from}. */
    private static List<String> withNamesOf(List<String> text, List<String> from) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = CAPITALISED.matcher(join(from));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        List<String> names = counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(8).map(Map.Entry::getKey).toList();
        if (names.isEmpty()) {
            return text;
        }
        int[] n = {0};
        return text.stream().map(p -> CAPITALISED.matcher(p).replaceAll(r -> names.get(n[0]++ % names.size()))).toList();
    }

    /** {@code text} with its numbers replaced, in turn, by the numbers of {@code from}. */
    private static List<String> withNumbersOf(List<String> text, List<String> from) {
        List<String> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(join(from));
        while (m.find()) {
            numbers.add(m.group());
        }
        if (numbers.isEmpty()) {
            return text;
        }
        int[] n = {0};
        return text.stream().map(p -> NUMBER.matcher(p).replaceAll(r -> Matcher.quoteReplacement(
                numbers.get(n[0]++ % numbers.size())))).toList();
    }

    private DedupeInput copy(String id, List<String> paragraphs) {
        return new DedupeInput(id, OUTLETS[random.nextInt(OUTLETS.length)], join(paragraphs), null, 1, false, null, next());
    }

    private void add(DedupeInput input, Label label, String group) {
        add(input, "Copy of " + group, label, group);
    }

    private void add(DedupeInput input, String headline, Label label, String group) {
        articles.add(new Article(input, headline, new Truth(input.id(), label, group)));
    }

    private Instant next() {
        clock += 1 + random.nextInt(120);
        return START.plus(Duration.ofSeconds(clock));
    }

    // ---- edits -------------------------------------------------------------------------------

    /** The same text, with curly quotes, non-breaking spaces and CRLF line ends. */
    private List<String> typography(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            String s = p.replace("'", "’").replaceAll("\"([^\"]*)\"", "“$1”").replace(". ", ".\u00A0 ").replace("-", "–");
            out.add(s + "\r");
        }
        return out;
    }

    /** Another outlet's wrapper (dateline, byline, boilerplate) and a typo or two. */
    private List<String> light(List<String> paragraphs) {
        return typos(wrap(new ArrayList<>(paragraphs)), 1 + random.nextInt(2));
    }

    /** About a fifth of the paragraphs dropped, one added, two swapped, a few typos, a wrapper. */
    private List<String> medium(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs);
        int drop = Math.max(1, out.size() / 5);
        for (int d = 0; d < drop && out.size() > 2; d++) {
            out.remove(1 + random.nextInt(out.size() - 1));
        }
        out.add(1 + random.nextInt(out.size()), ADDED[random.nextInt(ADDED.length)]);
        if (out.size() > 3) {
            int a = 1 + random.nextInt(out.size() - 1);
            int b = 1 + random.nextInt(out.size() - 1);
            String t = out.get(a);
            out.set(a, out.get(b));
            out.set(b, t);
        }
        return typos(wrap(out), 3 + random.nextInt(3));
    }

    /** Half the text gone: a short version keeping the first half, or half the paragraphs dropped. */
    private List<String> heavy(List<String> paragraphs) {
        List<String> out;
        if (random.nextBoolean() || paragraphs.size() < 4) {
            out = firstHalfOfWords(paragraphs);
        } else {
            out = new ArrayList<>(paragraphs);
            int keep = (out.size() + 1) / 2;
            while (out.size() > keep) {
                out.remove(1 + random.nextInt(out.size() - 1));
            }
        }
        return typos(wrap(out), 2 + random.nextInt(3));
    }

    private static List<String> firstHalfOfWords(List<String> paragraphs) {
        int half = words(paragraphs) / 2;
        List<String> out = new ArrayList<>();
        int taken = 0;
        for (String p : paragraphs) {
            String[] w = p.split(" ");
            if (taken + w.length <= half) {
                out.add(p);
                taken += w.length;
            } else {
                out.add(String.join(" ", Arrays.copyOf(w, Math.max(1, half - taken))));
                break;
            }
        }
        return out;
    }

    private List<String> wrap(List<String> paragraphs) {
        String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        List<String> out = new ArrayList<>(paragraphs);
        if (random.nextBoolean()) {
            out.set(0, "LONDON (" + outlet + ") - " + out.get(0));
        }
        if (random.nextBoolean()) {
            out.addFirst(BYLINES[random.nextInt(BYLINES.length)]);
        }
        out.add("© 2025 " + outlet + ". All rights reserved. This material may not be published, broadcast, "
                + "rewritten or redistributed.");
        return out;
    }

    private List<String> typos(List<String> paragraphs, int count) {
        List<String> out = new ArrayList<>(paragraphs);
        for (int t = 0; t < count; t++) {
            int p = random.nextInt(out.size());
            String[] w = out.get(p).split(" ");
            int i = random.nextInt(w.length);
            if (w[i].length() > 3) {
                char[] c = w[i].toCharArray();
                int j = 1 + random.nextInt(c.length - 2);
                char x = c[j];
                c[j] = c[j - 1];
                c[j - 1] = x;
                w[i] = new String(c);
            }
            out.set(p, String.join(" ", w));
        }
        return out;
    }

    /** Another story's text about this story's names: same topic, different story. */
    private static List<String> sameTopic(List<String> other, List<String> topic) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = CAPITALISED.matcher(join(topic));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        List<String> names = counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(6).map(Map.Entry::getKey).toList();
        if (names.isEmpty()) {
            return other;
        }
        List<String> out = new ArrayList<>();
        int[] n = {0};
        for (String p : other) {
            out.add(CAPITALISED.matcher(p).replaceAll(r -> n[0]++ % 3 == 0 ? names.get(n[0] % names.size()) : r.group()));
        }
        return out;
    }

    private static String correction(int i) {
        return "CORRECTION: In a story published earlier today, the figure in the third paragraph was misstated. "
                + "The corrected story follows, with the figure restated as " + (10 + i) + " percent. "
                + "We regret the error.";
    }

    private static String kill(int i) {
        return "KILL: The story slugged STORY-" + i + " has been withdrawn. Please remove it from all websites, "
                + "archives and systems. It will not be replaced. This is a mandatory kill.";
    }

    static List<String> paragraphs(String body) {
        return Arrays.stream(body.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static int words(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(p -> p.split("\\s+").length).sum();
    }

    private static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

}
