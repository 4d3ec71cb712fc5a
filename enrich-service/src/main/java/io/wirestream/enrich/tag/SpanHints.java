package io.wirestream.enrich.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spans whose type the text around them states, found before the capitalised runs are read: a name
 * followed by its acronym in brackets is an organisation ("Ministry of Trade, Industry and Energy
 * (MOTIE)", "The Real Deal (TRD)"), and the names listed before a plural place noun are places of that
 * kind ("Barry, Berrien and Van Buren counties" gives Barry County...). The run reader takes these spans
 * as they are instead of cutting them at commas or reading them as people.
 */
final class SpanHints {

    /** Tokens [start, end) name one entity of the kind: "organisation" or "place". */
    record Hint(int end, String kind, String name) {
    }

    /** Plural place nouns after a list of names, and the singular head each name gets. */
    private static final Map<String, String> LISTED_PLACES = Map.of("counties", "County", "provinces", "Province",
            "districts", "District");
    private static final Set<String> LIST_GLUE = Set.of(",", "and");
    private static final int LONGEST_SPELLED_OUT = 12;

    private SpanHints() {
    }

    static Map<Integer, Hint> find(List<Token> tokens, Gazetteer gazetteer) {
        Map<Integer, Hint> hints = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().equals("(") && i + 2 < tokens.size() && tokens.get(i + 2).text().equals(")")) {
                spelledOut(tokens, i, tokens.get(i + 1).text(), gazetteer, hints);
            }
            String head = t.word() ? LISTED_PLACES.get(t.text()) : null;
            if (head != null) {
                listedPlaces(tokens, i, head, hints);
            }
        }
        ListedOrganisations.find(tokens, gazetteer, hints);
        AmpersandNames.find(tokens, gazetteer, hints);
        return hints;
    }

    /** The longest run of names before "(ACR)" that the acronym abbreviates, commas and "and" allowed inside. */
    private static void spelledOut(List<Token> tokens, int bracket, String acronym, Gazetteer gazetteer,
            Map<Integer, Hint> hints) {
        if (acronym.length() < 2 || !acronym.chars().allMatch(Character::isUpperCase)) {
            return;
        }
        for (int start = Math.max(0, bracket - LONGEST_SPELLED_OUT); start < bracket - 1; start++) {
            Token first = tokens.get(start);
            if (!first.capitalised() || first.text().equals("The") && start + 1 < bracket && !tokens.get(start + 1).capitalised()) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            boolean prose = true;
            for (int k = start; k < bracket && prose; k++) {
                Token w = tokens.get(k);
                prose = w.capitalised() || w.text().equals(",") || w.text().equals("'s")
                        || w.word() && NameWords.CONNECTORS.contains(w.text());
                name.append(w.text().equals(",") || w.text().equals("'s") || name.isEmpty() ? "" : " ").append(w.text());
            }
            String written = name.toString();
            // "Hang Seng Index (HSI)", "Affordable Care Act (ACA)": indexes, events and laws are no bodies
            String last = tokens.get(bracket - 1).text();
            if (prose && Acronyms.expand(acronym, List.of(written)) != null && gazetteer.place(written) == null
                    && !NameWords.EVENTS.contains(last)) {
                // "The Real Deal (TRD)" keeps its article, "The Ministry of ... (MOTIE)" drops it
                boolean articleInAcronym = acronym.charAt(0) == 'T' && Character.toUpperCase(written.charAt(4)) != 'T';
                String canonical = written.startsWith("The ") && !articleInAcronym ? written.substring(4) : written;
                hints.put(start, new Hint(bracket, "organisation", canonical));
                return;
            }
        }
    }

    /** "Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties": each name is "<name> County". */
    private static void listedPlaces(List<Token> tokens, int noun, String head, Map<Integer, Hint> hints) {
        List<int[]> names = new ArrayList<>();
        int end = noun;
        int k = noun - 1;
        while (k >= 0 && tokens.get(k).capitalised()) {
            int start = k;
            while (start > 0 && tokens.get(start - 1).capitalised() && end - start < 3) {
                start--;
            }
            names.add(new int[] {start, end});
            k = start - 1;
            if (k < 0 || !LIST_GLUE.contains(tokens.get(k).text())) {
                break;
            }
            while (k >= 0 && LIST_GLUE.contains(tokens.get(k).text())) {
                k--;
            }
            end = k + 1;
        }
        if (names.size() < 2) {
            return;
        }
        for (int[] n : names) {
            StringBuilder name = new StringBuilder();
            for (int w = n[0]; w < n[1]; w++) {
                name.append(tokens.get(w).text()).append(' ');
            }
            hints.put(n[0], new Hint(n[1], "place", name + head));
        }
    }
}
