package io.wirestream.enrich.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names listed after a plural organisation noun are organisations, each of them: "companies Astrobotic,
 * Intuitive Machines and Orbit Beyond", "rights groups such as Amnesty International and Human Rights
 * Watch", "the nine companies selected by NASA last year: Astrobotic, Deep Space Systems, Draper ...". The
 * noun states the kind once for the whole list, which rules reading one name at a time cannot see. A single
 * name after a noun is left to the run reader's own cue ("research firm Oanda").
 */
final class ListedOrganisations {

    private static final Set<String> PLURAL_NOUNS = Set.of("companies", "firms", "startups", "start-ups", "carriers",
            "airlines", "retailers", "automakers", "carmakers", "broadcasters", "newspapers", "magazines", "outlets",
            "publications", "lenders", "insurers", "banks", "brokerages", "labels", "studios", "publishers",
            "developers", "networks", "brands", "manufacturers", "chains", "conglomerates", "giants", "agencies",
            "groups", "organizations", "organisations", "charities", "universities", "clubs", "teams", "unions",
            "providers", "platforms", "services", "contractors", "suppliers");
    /** Words allowed between the noun and the list: "companies such as X", "firms including X", "firms like X". */
    private static final Set<String> INTRODUCERS = Set.of("such", "as", "including", "like", "include", "are",
            "were");
    private static final Set<String> LIST_GLUE = Set.of(",", "and", "or");
    /** How far a colon may end the noun's clause: "the nine CLPS companies selected by NASA a year ago:". */
    private static final int COLON_REACH = 12;
    private static final int LONGEST_NAME = 4;

    private ListedOrganisations() {
    }

    static void find(List<Token> tokens, Gazetteer gazetteer, Map<Integer, SpanHints.Hint> hints) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.word() && !t.capitalised() && PLURAL_NOUNS.contains(t.text())) {
                int start = listStart(tokens, i + 1);
                if (start > 0) {
                    addList(tokens, start, gazetteer, hints);
                }
            }
        }
    }

    /** Where the list after a noun opens, or -1: right after it, after "such as"/"including", or after a colon. */
    private static int listStart(List<Token> tokens, int k) {
        int at = k;
        while (at < tokens.size() && tokens.get(at).word() && INTRODUCERS.contains(tokens.get(at).text())) {
            at++;
        }
        if (at < tokens.size() && tokens.get(at).capitalised()) {
            return at;
        }
        for (int c = k; c < Math.min(tokens.size() - 1, k + COLON_REACH); c++) {
            String text = tokens.get(c).text();
            if (text.equals(".") || text.equals(";") || tokens.get(c).sentenceStart()) {
                return -1;
            }
            if (text.equals(":")) {
                return tokens.get(c + 1).capitalised() ? c + 1 : -1;
            }
        }
        return -1;
    }

    private static void addList(List<Token> tokens, int start, Gazetteer gazetteer, Map<Integer, SpanHints.Hint> hints) {
        List<int[]> names = new ArrayList<>();
        int k = start;
        while (k < tokens.size() && tokens.get(k).capitalised()) {
            int end = k;
            while (end < tokens.size() && (tokens.get(end).capitalised() || tokens.get(end).text().equals("&"))
                    && end - k < LONGEST_NAME) {
                end++;
            }
            if (end < tokens.size() && tokens.get(end).capitalised()) {
                return; // a longer run than a name: no list of names
            }
            names.add(new int[] {k, end});
            k = end;
            boolean glued = false;
            while (k < tokens.size() && LIST_GLUE.contains(tokens.get(k).text())) {
                k++;
                glued = true;
            }
            if (!glued) {
                break;
            }
        }
        if (names.size() < 2) {
            return;
        }
        for (int[] n : names) {
            String name = String.join(" ", tokens.subList(n[0], n[1]).stream().map(Token::text).toList());
            // a known place or person in the list is what it is, and so is a first name with a surname
            boolean personLike = n[1] - n[0] >= 2 && gazetteer.isGivenName(tokens.get(n[0]).text());
            if (gazetteer.place(name) == null && gazetteer.wellKnownPerson(name) == null && !personLike
                    && !hints.containsKey(n[0])) {
                String curated = gazetteer.organisation(name);
                hints.put(n[0], new SpanHints.Hint(n[1], "organisation", curated != null ? curated : name));
            }
        }
    }
}
