package io.wirestream.enrich.dedupe.bench;

import io.wirestream.enrich.dedupe.DedupeInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A deterministic stream of wire-like articles for load benchmarks, needing no data files: article
 * {@code n} is a pure function of {@code n} and the seed, so a million of them need no memory.
 * <ul>
 * <li>Bodies are 6-10 paragraphs of sentences drawn from a Zipf-distributed vocabulary (function
 * words frequent, content words rare), with capitalised names and numbers in the mix, so shingle,
 * name and number counts resemble news copy (about 400 words).</li>
 * <li>Of every 100 articles: 78 originals, 8 lightly edited copies (typo, byline), 4 medium (a
 * paragraph dropped, one swapped), 3 heavy (the first half only), 3 exact re-sends (other
 * whitespace and quotes) of one of the last 2,000 originals, and 4 templated market reports
 * (shared wording, other numbers and names).</li>
 * <li>Ids are name-based UUIDs like the ingest service's; received times 2.6 s apart, so a million
 * articles span 30 days, the default window.</li>
 * </ul>
 */
public final class SyntheticWire {

    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final long SPACING_MS = 2_600;
    private static final int RECENT = 2_000;
    private static final String[] FUNCTION = ("the of and to a in that is was for on with as by at from said it "
            + "has have had be were are which an its their after who will would not this but also been more than "
            + "over into about two new one up out they he she there when last year could some other").split(" ");
    private static final String[] SYLLABLES = ("ka ri to men sa lo ver da ni po tel mar ic ant ure ber sen al or "
            + "ten ro ment ing ed pro con tra ster vi ga").split(" ");

    private final long seed;
    private final String[] words;
    private final String[] names;
    private final double[] zipf;

    public SyntheticWire(long seed) {
        this.seed = seed;
        Random random = new Random(seed);
        words = new String[30_000];
        for (int i = 0; i < words.length; i++) {
            words[i] = i < FUNCTION.length ? FUNCTION[i] : pseudoWord(random, 2 + random.nextInt(3));
        }
        names = new String[8_000];
        for (int i = 0; i < names.length; i++) {
            String w = pseudoWord(random, 2 + random.nextInt(2));
            names[i] = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }
        // cumulative Zipf (s = 1) over the vocabulary
        zipf = new double[words.length];
        double sum = 0;
        for (int i = 0; i < words.length; i++) {
            sum += 1.0 / (i + 1);
            zipf[i] = sum;
        }
        for (int i = 0; i < words.length; i++) {
            zipf[i] /= sum;
        }
    }

    /** Article {@code n} of the stream. */
    public DedupeInput article(long n) {
        Random random = new Random(mix(seed ^ n));
        int kind = (int) Math.floorMod(mix(n * 31 + seed), 100L);
        String body;
        if (n < RECENT || kind < 78) {
            body = originalBody(n);
        } else if (kind < 96) {
            long of = recentOriginal(n, random);
            String original = originalBody(of);
            body = kind < 86 ? light(original, random) : kind < 90 ? medium(original, random)
                    : kind < 93 ? heavy(original) : original.replace("\n\n", "\r\n\r\n").replace(" ", "\u00a0");
        } else {
            body = marketReport(random);
        }
        String id = UUID.nameUUIDFromBytes(("synthetic:" + seed + ":" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        return new DedupeInput(id, "wire-" + (n % 7), body, null, 1, false, null, receivedAt(n));
    }

    /** When article {@code n} of the stream is received. */
    public static Instant receivedAt(long n) {
        return START.plusMillis(n * SPACING_MS);
    }

    private long recentOriginal(long n, Random random) {
        for (int attempt = 0; attempt < 50; attempt++) {
            long candidate = n - 1 - random.nextInt(RECENT);
            if (Math.floorMod(mix(candidate * 31 + seed), 100L) < 78) {
                return candidate;
            }
        }
        return n - 1; // no original among the tries: the "copy" is then of a text never sent, a fresh original
    }

    private String originalBody(long n) {
        Random random = new Random(mix(seed * 7 + n));
        int paragraphs = 6 + random.nextInt(5);
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                body.append("\n\n");
            }
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    body.append(' ');
                }
                sentence(body, random);
            }
        }
        return body.toString();
    }

    private void sentence(StringBuilder out, Random random) {
        int length = 12 + random.nextInt(14);
        for (int w = 0; w < length; w++) {
            String word;
            double roll = random.nextDouble();
            if (roll < 0.07) {
                word = names[random.nextInt(names.length)];
            } else if (roll < 0.09) {
                word = Integer.toString(random.nextInt(roll < 0.08 ? 100 : 100_000));
            } else {
                word = words[zipfIndex(random)];
            }
            if (w == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            } else {
                out.append(' ');
            }
            out.append(word);
        }
        out.append('.');
    }

    private String light(String original, Random random) {
        String typo = typo(original, random);
        return "By " + names[random.nextInt(names.length)] + " " + names[random.nextInt(names.length)] + "\n\n" + typo;
    }

    private String medium(String original, Random random) {
        List<String> paragraphs = new ArrayList<>(List.of(original.split("\n\n")));
        paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1));
        int i = random.nextInt(paragraphs.size() - 1);
        paragraphs.add(i + 1, paragraphs.remove(i));
        return typo(String.join("\n\n", paragraphs), random) + "\n\nReporting by the newsroom.";
    }

    private static String heavy(String original) {
        String[] paragraphs = original.split("\n\n");
        return String.join("\n\n", List.of(paragraphs).subList(0, (paragraphs.length + 1) / 2));
    }

    private static String typo(String text, Random random) {
        int at = text.indexOf(' ', random.nextInt(text.length() / 2)) + 1;
        return at <= 0 || at + 2 >= text.length() ? text
                : text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
    }

    /** A daily market report: the same sentences every day, other numbers and company names. */
    private String marketReport(Random random) {
        String company = names[random.nextInt(names.length)] + " " + names[random.nextInt(names.length)];
        return String.format(java.util.Locale.ROOT,
                "Shares in %s rose %.1f per cent to %.2f euros in morning trading on Tuesday after the company "
                        + "reported quarterly results ahead of analyst expectations.%n%nThe company said revenue grew to "
                        + "%d million euros in the quarter, while operating profit reached %d million euros. "
                        + "Chief executive %s said demand had stayed strong across all regions.%n%nThe benchmark index "
                        + "closed %.2f per cent higher at %.2f points, with %d of its members gaining ground.",
                company, random.nextInt(100) / 10.0, 5 + random.nextInt(9000) / 100.0, 100 + random.nextInt(5000),
                10 + random.nextInt(900), names[random.nextInt(names.length)], random.nextInt(300) / 100.0,
                14000 + random.nextInt(3000) + random.nextInt(100) / 100.0, 10 + random.nextInt(30));
    }

    private int zipfIndex(Random random) {
        int i = java.util.Arrays.binarySearch(zipf, random.nextDouble());
        return Math.min(words.length - 1, i < 0 ? -i - 1 : i);
    }

    private static String pseudoWord(Random random, int syllables) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
