package io.wirestream.enrich.dedupe.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another outlet's own report of the same event, simulated: real rewrites by different outlets are
 * not available here, so the text is rewritten mechanically while the facts (names, numbers,
 * places) stay. A new lead replaces the first sentence; about half of the other sentences are
 * dropped and the rest shuffled; common and function words are swapped for others (often
 * clumsily: the aim is that word sequences change the way they do between two reporters, which a
 * synonym table only approximates), articles dropped, and clauses around a comma swapped. What this cannot imitate: a reporter's own vocabulary for the
 * rare words, other quotes, other facts. The set measures the linker on the facts it keeps, not on
 * free paraphrase.
 */
final class EventRewrites {

    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"“])");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}]{2,}\\b");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d[\\d,.]*\\d\\b|\\b\\d{2,}\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Map<String, String> SYNONYMS = synonyms(
            "said=stated", "told=informed", "announced=unveiled", "increase=rise", "increased=rose", "decrease=fall",
            "big=large", "large=sizeable", "small=modest", "help=assist", "helped=assisted", "show=indicate",
            "shows=indicates", "showed=indicated", "started=began", "start=begin", "end=finish", "ended=finished",
            "buy=purchase", "bought=purchased", "need=require", "needs=requires", "use=employ", "used=employed",
            "important=significant", "major=key", "main=principal", "quickly=rapidly", "about=roughly",
            "around=approximately", "many=numerous", "several=a number of", "also=additionally", "but=yet",
            "because=as", "however=nevertheless", "before=prior to", "after=following", "during=throughout",
            "people=individuals", "company=firm", "companies=firms", "government=administration", "officials=authorities",
            "plan=proposal", "plans=proposals", "problem=issue", "problems=issues", "result=outcome", "results=outcomes",
            "says=states", "want=wish", "wants=wishes", "think=believe", "thinks=believes", "like=such as",
            "make=create", "made=created", "allow=permit", "allowed=permitted", "try=attempt", "tried=attempted",
            "win=secure", "won=secured", "lost=forfeited", "leave=depart", "left=departed", "city=town",
            "country=nation", "new=fresh", "old=former", "high=elevated", "low=reduced", "often=frequently",
            "enough=sufficient", "whole=entire", "close=near", "almost=nearly", "month=four weeks", "in=within",
            "on=upon", "from=out of", "with=alongside", "which=that", "who=that", "would=will", "could=might",
            "has=had", "have=had", "was=had been", "were=had been", "is=remains", "are=remain", "will=is set to",
            "by=through", "for=on behalf of", "this=that", "more=further", "than=compared with", "into=inside",
            "over=across", "under=beneath", "against=versus", "between=amid", "and=as well as", "not=never",
            "there=thereabouts", "it=this", "its=this one's", "they=these", "their=these groups'", "he=the man",
            "she=the woman", "we=our side", "to=so as to");
    private static final String[] LEADS = {
        "%s and %s are at the centre of a development that has drawn attention this week, with the figure of %s "
                + "cited by those following it.",
        "Attention turned to %s on the latest news involving %s, and %s was the number most often repeated.",
        "What happened with %s and %s was the talk of the day; reports put the figure at %s.",
        "New details emerged about %s, with %s among those named and %s quoted as the key figure.",
    };

    private EventRewrites() {
    }

    static List<String> rewrite(List<String> paragraphs, Random random) {
        List<String> sentences = new ArrayList<>();
        paragraphs.forEach(p -> sentences.addAll(List.of(SENTENCE.split(p))));
        List<String> kept = new ArrayList<>();
        for (int i = 1; i < sentences.size(); i++) {
            if (sentences.size() <= 4 || random.nextBoolean()) {
                kept.add(paraphrase(sentences.get(i), random));
            }
        }
        Collections.shuffle(kept, random);
        List<String> out = new ArrayList<>();
        out.add(lead(String.join(" ", paragraphs), random));
        for (int i = 0; i < kept.size(); i += 2) {
            out.add(String.join(" ", kept.subList(i, Math.min(kept.size(), i + 2))));
        }
        return out;
    }

    /** A lead in the outlet's own words built around two of the story's names and one of its numbers. */
    private static String lead(String text, Random random) {
        List<String> names = frequent(CAPITALISED.matcher(text));
        List<String> numbers = frequent(NUMBER.matcher(text));
        String a = names.isEmpty() ? "Officials" : names.getFirst();
        String b = names.size() < 2 ? "local leaders" : names.get(1);
        String n = numbers.isEmpty() ? "a dozen" : numbers.getFirst();
        return String.format(Locale.ROOT, LEADS[random.nextInt(LEADS.length)], a, b, n);
    }

    private static List<String> frequent(Matcher m) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    /** Synonyms for common words, articles dropped, and the clauses around the first comma swapped. */
    private static String paraphrase(String sentence, Random random) {
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(sentence);
        int last = 0;
        while (m.find()) {
            out.append(sentence, last, m.start());
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT);
            String synonym = SYNONYMS.get(lower);
            if ((lower.equals("the") || lower.equals("a") || lower.equals("an")) && m.start() > 0) {
                // dropped: also eat the space after it
                last = m.end() < sentence.length() && sentence.charAt(m.end()) == ' ' ? m.end() + 1 : m.end();
                continue;
            }
            out.append(synonym != null && random.nextInt(8) > 0 ? matchCase(synonym, word) : word);
            last = m.end();
        }
        out.append(sentence.substring(last));
        String s = out.toString();
        int comma = s.indexOf(", ");
        if (comma > 20 && comma < s.length() - 25 && random.nextBoolean()) {
            String head = s.substring(0, comma);
            String tail = s.substring(comma + 2).replaceAll("[.!?]+$", "");
            s = capitalise(tail) + ", " + decapitalise(head) + ".";
        }
        return s;
    }

    private static String matchCase(String synonym, String word) {
        return Character.isUpperCase(word.charAt(0)) ? capitalise(synonym) : synonym;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Lower-cases the first letter unless the word looks like a name (capitalised again later in the text). */
    private static String decapitalise(String s) {
        Matcher m = WORD.matcher(s);
        if (!m.find()) {
            return s;
        }
        String first = m.group();
        boolean name = s.indexOf(first, m.end()) >= 0 || first.length() > 1 && Character.isUpperCase(first.charAt(1));
        return name ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static Map<String, String> synonyms(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : pairs) {
            String[] kv = pair.split("=");
            map.put(kv[0], kv[1]);
        }
        return map;
    }
}
