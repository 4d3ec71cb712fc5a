package io.wirestream.enrich.tag;

import static io.wirestream.enrich.tag.NameWords.NAME_PARTICLES;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the names the rules could not settle on first sight, once the whole article is read: a
 * lone surname becomes the full name the article gave ("Lavrov" after "Sergei Lavrov") or a
 * well-known person ("Putin"); an untitled two-word name counts when the article quotes it, titles
 * it or repeats its surname; variants of one name fold together; a CamelCase or capital word is a
 * company unless it is a person's surname or the short form of a name spelled out in the article.
 * Per article, like {@link EntityFinder}.
 */
final class AliasResolver {

    record Single(String text, int index, boolean sentenceStart, boolean cue) {
    }

    private final Gazetteer gazetteer;
    final Map<String, String> pendingRoles = new LinkedHashMap<>();
    final List<Single> candidates = new ArrayList<>();
    final List<Single> companies = new ArrayList<>();
    /** The article's lowercase words, set by the finder before it reads the runs. */
    Set<String> everydayWords = Set.of();
    /** Untitled names and the runs joined to them by "and" or a comma ("Sens. Cory Booker and Kamala Harris"). */
    private final Map<String, List<String>> neighbours = new LinkedHashMap<>();

    AliasResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void resolveSingles(List<Token> tokens, List<Single> singles, Map<String, Mentions> people,
            Map<String, Mentions> places, Map<String, Mentions> orgs) {
        Set<String> singleWords = new HashSet<>();
        singles.forEach(s -> singleWords.add(surnameKey(s.text())));
        for (Single c : candidates) {
            String[] parts = c.text().split(" ");
            // a recurring last word that the article also uses as an ordinary word is no surname:
            // "Star Trek" ... "the trek", "Blue Moon" ... "the moon"
            String last = parts[parts.length - 1];
            if (c.cue() || singleWords.contains(surnameKey(last)) && !everydayWords.contains(last.toLowerCase(Locale.ROOT))) {
                Mentions.add(people, c.text(), c.text(), c.index());
            }
        }
        acceptCoordinatedNames(people);
        mergeVariants(people);
        candidates.clear();
        neighbours.clear();
        Map<String, String> bySurname = new LinkedHashMap<>();
        for (Mentions m : List.copyOf(people.values())) {
            String[] parts = m.name.split(" ");
            int last = parts.length - 1;
            if (last > 0 && (parts[last].equals("Jr.") || parts[last].equals("Sr.") || parts[last].matches("I{2,3}|IV"))) {
                last--;
            }
            bySurname.putIfAbsent(surnameKey(parts[last]), m.name);
        }
        for (Single s : singles) {
            String full = bySurname.get(surnameKey(s.text()));
            if (full == null && gazetteer.organisation(s.text()) != null) {
                Mentions.add(orgs, gazetteer.organisation(s.text()), s.text(), s.index());
                continue;
            }
            if (full == null) {
                full = gazetteer.wellKnownPerson(s.text());
            }
            // a listed brand is the firm even where a speech verb follows ("Salesforce said"), unless a
            // title named it as a person ("CEO Ford") or BrandNames finds it a word or a product
            if (full == null && !pendingRoles.containsKey(s.text())
                    && BrandNames.firm(gazetteer, tokens, s.index(), s.text(), 1, everydayWords)) {
                Mentions.add(orgs, s.text(), s.text(), s.index());
                continue;
            }
            if (full == null && s.cue() && !s.sentenceStart()) {
                full = s.text();
            }
            if (full == null && s.cue() && pendingRoles.containsKey(s.text())) {
                full = s.text();
            }
            if (full != null) {
                Mentions m = Mentions.add(people, full, s.text(), s.index());
                if (pendingRoles.containsKey(s.text())) {
                    m.roles.add(pendingRoles.get(s.text()));
                }
                bySurname.putIfAbsent(surnameKey(s.text()), full);
            }
        }
        for (Single c : companies) {
            String person = bySurname.get(surnameKey(c.text()));
            String expanded = Acronyms.expand(c.text(), orgs.keySet());
            if (expanded != null) {
                Mentions.add(orgs, expanded, c.text(), c.index());
            } else if (person != null) {
                Mentions.add(people, person, c.text(), c.index());
            } else {
                Mentions.add(orgs, c.text(), c.text(), c.index());
            }
        }
        companies.clear();
        pendingRoles.clear();
    }

    void noteNeighbours(String name, String before, String after) {
        for (String n : new String[] {before, after}) {
            if (n != null) {
                neighbours.computeIfAbsent(name, k -> new ArrayList<>()).add(n);
            }
        }
    }

    /** A name listed beside a person is a person too ("Robin Haase and Jean-Julien Rojer"); twice, for chains. */
    private void acceptCoordinatedNames(Map<String, Mentions> people) {
        for (int round = 0; round < 2; round++) {
            for (Single c : candidates) {
                if (people.containsKey(c.text())) {
                    continue;
                }
                for (String n : neighbours.getOrDefault(c.text(), List.of())) {
                    // the run before may carry the other name's title: "Sens. Cory Booker and ..."
                    if (people.values().stream().anyMatch(m -> m.surfaces.stream()
                            .anyMatch(f -> n.equals(f) || n.endsWith(" " + f) && f.indexOf(' ') > 0))) {
                        Mentions.add(people, c.text(), c.text(), c.index());
                        break;
                    }
                }
            }
        }
    }

    /** Folds "Pat Carlineo" and "Patrick W. Carlineo" into the first-seen "Patrick Carlineo Jr.". */
    private static void mergeVariants(Map<String, Mentions> people) {
        List<Mentions> byFirstSeen = new ArrayList<>(people.values());
        byFirstSeen.sort((a, b) -> Integer.compare(a.first, b.first));
        for (int i = 0; i < byFirstSeen.size(); i++) {
            Mentions keep = byFirstSeen.get(i);
            if (!people.containsKey(keep.name)) {
                continue;
            }
            for (int j = i + 1; j < byFirstSeen.size(); j++) {
                Mentions other = byFirstSeen.get(j);
                if (people.containsKey(other.name) && sameVariant(keep.name, other.name)) {
                    keep.surfaces.addAll(other.surfaces);
                    keep.count += other.count;
                    keep.roles.addAll(other.roles);
                    keep.code = keep.code != null ? keep.code : other.code;
                    people.remove(other.name);
                }
            }
        }
    }

    private static boolean sameVariant(String a, String b) {
        // "Eriksson Ek" after "Joel Eriksson Ek": a two-word surname written without the given name
        if (a.endsWith(" " + b) || b.endsWith(" " + a)) {
            return true;
        }
        List<String> x = core(a);
        List<String> y = core(b);
        if (x.size() < 2 || y.size() < 2 || !x.getLast().equals(y.getLast())) {
            return false;
        }
        String fx = x.getFirst();
        String fy = y.getFirst();
        return fx.startsWith(fy) || fy.startsWith(fx);
    }

    /** A name without initials and generational suffixes. */
    private static List<String> core(String name) {
        List<String> out = new ArrayList<>();
        for (String p : name.split(" ")) {
            if (!(p.length() == 2 && p.endsWith(".")) && !p.equals("Jr.") && !p.equals("Sr.")) {
                out.add(p);
            }
        }
        return out;
    }

    private static String surnameKey(String word) {
        int dash = word.indexOf('-');
        if (dash > 0 && NAME_PARTICLES.contains(word.substring(0, dash).toLowerCase(Locale.ROOT))) {
            return word.substring(dash + 1);
        }
        return word;
    }
}
