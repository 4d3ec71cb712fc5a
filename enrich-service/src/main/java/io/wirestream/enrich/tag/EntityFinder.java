package io.wirestream.enrich.tag;

import io.wirestream.enrich.tag.Tags.Entity;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds people, places and organisations by rule: runs of capitalised words are cut into
 * candidates and each is read as an event or document (dropped), an organisation (curated name or
 * an organisation head word), a titled person, a place from the gazetteer, or an untitled name.
 * Single surnames are resolved afterwards against the full names of the same article.
 */
final class EntityFinder {

    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "de", "del", "la", "van", "von", "bin",
            "da", "and");
    private static final Set<String> NAME_PARTICLES = Set.of("al", "bin", "de", "van", "von", "da", "del", "la", "le",
            "di", "el", "ibn", "abu");
    private static final Set<String> TITLES = Set.of("President", "Vice", "Prime", "Foreign", "Defense", "Defence",
            "Finance", "Interior", "Minister", "Deputy", "Secretary", "of", "State", "General", "Senator", "Sen.",
            "Gov.", "Governor", "Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "King", "Queen", "Prince", "Princess", "Chancellor",
            "Pope", "Chairman", "Chairwoman", "Chief", "Executive", "Director", "Ambassador", "Spokesman",
            "Spokeswoman", "Mayor", "Judge", "Justice", "Rep.", "Representative", "Premier", "Leader", "Commander",
            "Col.", "Gen.", "Lt.", "Capt.", "Sgt.", "Adm.", "Lord", "Lady", "Speaker", "Attorney", "Treasury",
            "Commerce", "Trade", "Health", "Home", "Labor", "Labour", "Education", "Energy", "Envoy", "Special",
            "Former", "Supreme", "Crown", "Emir", "Sheikh", "Coach", "Manager", "CEO", "Professor", "Prof.", "Bishop",
            "Cardinal", "Archbishop", "Rabbi", "Imam", "Ayatollah", "Field", "Marshal", "Admiral", "Colonel", "Major",
            "Captain", "Lieutenant", "Sergeant", "Officer", "Economy", "Agriculture", "Transport", "Culture");
    private static final Set<String> ORG_HEADS = Set.of("Ministry", "Party", "Bank", "Agency", "Council", "Committee",
            "Corporation", "Corp.", "Inc.", "Inc", "Ltd", "Ltd.", "Group", "University", "Center", "Centre",
            "Institute", "Association", "Union", "Organization", "Organisation", "Commission", "Court", "Department",
            "Office", "Foundation", "Fund", "Federation", "Authority", "Army", "Police", "Forces", "Service",
            "Company", "Co.", "Airlines", "Airways", "Parliament", "Assembly", "Senate", "Congress", "Front",
            "Movement", "Society", "College", "School", "Hospital", "Bureau", "Brigade", "Brigades", "Navy",
            "Guard", "Academy", "Institution", "Board", "Network", "Times", "Post", "Journal", "Telegraph",
            "Holdings", "Technologies", "Systems", "Motors", "Club", "League", "Administration", "Cabinet",
            "Parliamentary", "Secretariat", "Directorate", "Tribunal", "Exchange", "Alliance", "Coalition");
    private static final Set<String> EVENTS = Set.of("Summit", "Games", "Cup", "Conference", "Olympics",
            "Championship", "Championships", "Festival", "Treaty", "Agreement", "Accord", "Accords", "Declaration",
            "Act", "Bill", "Convention", "Protocol", "Award", "Awards", "Prize", "Day", "War", "Expo", "Open",
            "Tournament", "Marathon", "Week", "Year", "Forum", "Talks", "Plan", "Initiative", "Charter");
    private static final Set<String> DOCUMENT_NOUNS = Set.of("declaration", "convention", "accord", "accords",
            "agreement", "protocol", "treaty", "charter", "consensus", "communique", "format", "process", "conventions",
            "talks", "summit");
    private static final Set<String> NOT_NAMES = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
            "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "The", "A", "An", "I", "He", "She", "It", "We", "They", "This", "That", "These",
            "Those", "His", "Her", "Its", "Our", "Their", "But", "And", "Or", "If", "In", "On", "At", "As", "For",
            "By", "With", "From", "After", "Before", "When", "While", "Meanwhile", "However", "Besides", "Also",
            "Last", "Next", "Many", "Some", "Analysts", "Officials", "Mr", "Mrs", "Ms", "Dr", "Internet", "God",
            "Christmas", "Easter", "Ramadan", "Islam", "Muslims", "Christians", "Jews", "Web", "Twitter",
            "Facebook", "COVID-19", "Covid", "AIDS", "HIV", "TV", "CEO", "GDP", "OK");
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "noted", "stated", "warned",
            "argued", "insisted", "stressed", "asked", "wrote", "explained", "announced", "urged", "claimed",
            "called", "mentioned", "voiced", "believes", "thinks");

    private final Gazetteer gazetteer;

    EntityFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Entities of one text, by type. */
    record Found(List<Entity> people, List<Entity> places, List<Entity> organisations, Set<String> surfaces) {
    }

    private static final class Mentions {
        final String name;
        final Set<String> surfaces = new LinkedHashSet<>();
        String role;
        String code;
        int count;
        int first;

        Mentions(String name, int first) {
            this.name = name;
            this.first = first;
        }
    }

    private record Single(String text, int index, boolean sentenceStart, boolean cue) {
    }

    Found find(String text) {
        List<Token> tokens = Tokenizer.tokens(text);
        Set<String> lowercaseWords = new HashSet<>();
        for (Token t : tokens) {
            if (t.word() && !t.capitalised()) {
                lowercaseWords.add(t.text());
            }
        }
        Map<String, Mentions> people = new LinkedHashMap<>();
        Map<String, Mentions> places = new LinkedHashMap<>();
        Map<String, Mentions> orgs = new LinkedHashMap<>();
        List<Single> singles = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsChunk(tokens.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size()) {
                Token t = tokens.get(end);
                if (startsChunk(t) && !t.sentenceStart()) {
                    end++;
                } else if (t.word() && CONNECTORS.contains(t.text()) && !t.text().equals("and") && end + 1 < tokens.size()
                        && (startsChunk(tokens.get(end + 1))
                                || tokens.get(end + 1).text().equals("the") && end + 2 < tokens.size()
                                        && startsChunk(tokens.get(end + 2)))) {
                    end += tokens.get(end + 1).text().equals("the") ? 2 : 1;
                } else {
                    break;
                }
            }
            read(tokens, i, end, lowercaseWords, people, places, orgs, singles);
            i = end;
        }
        resolveSingles(tokens, singles, people, places, orgs);
        Set<String> surfaces = new HashSet<>();
        for (Map<String, Mentions> m : List.of(people, places, orgs)) {
            m.values().forEach(x -> {
                surfaces.addAll(x.surfaces);
                surfaces.add(x.name);
            });
        }
        return new Found(entities("person", people), entities("place", places), entities("organisation", orgs),
                surfaces);
    }

    private static boolean startsChunk(Token t) {
        if (!t.word()) {
            return false;
        }
        if (t.capitalised()) {
            return true;
        }
        int dash = t.text().indexOf('-');
        return dash > 0 && NAME_PARTICLES.contains(t.text().substring(0, dash)) && t.text().length() > dash + 1
                && Character.isUpperCase(t.text().charAt(dash + 1));
    }

    private void read(List<Token> tokens, int from, int to, Set<String> lowercaseWords, Map<String, Mentions> people,
            Map<String, Mentions> places, Map<String, Mentions> orgs, List<Single> singles) {
        // a sentence's first word is capitalised anyway: drop it when it is an ordinary word
        while (from < to && (NOT_NAMES.contains(tokens.get(from).text()) || !startsChunk(tokens.get(from))
                || tokens.get(from).sentenceStart() && lowercaseWords.contains(tokens.get(from).lower())
                        && gazetteer.place(tokens.get(from).text()) == null)) {
            from++;
        }
        while (to > from && (!startsChunk(tokens.get(to - 1)) || NOT_NAMES.contains(tokens.get(to - 1).text()))) {
            to--;
        }
        if (from >= to) {
            return;
        }
        List<String> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            words.add(tokens.get(k).text());
        }
        String phrase = String.join(" ", words);
        Token next = to < tokens.size() ? tokens.get(to) : null;
        if (EVENTS.contains(words.getLast()) || next != null && next.word() && EVENTS.contains(capitalise(next.text()))
                && DOCUMENT_NOUNS.contains(next.text())) {
            return;
        }
        String curated = gazetteer.organisation(phrase);
        if (curated != null) {
            add(orgs, curated, phrase, from);
            return;
        }
        if (isOrganisation(words)) {
            add(orgs, phrase, phrase, from);
            return;
        }
        // titled person: "[Russian] [Deputy Foreign Minister] Sergei Ryabkov"
        int k = 0;
        if (words.size() > 1 && (gazetteer.demonymCountry(words.getFirst()) != null
                || gazetteer.place(words.getFirst()) != null) && TITLES.contains(words.get(1))) {
            k = 1;
        }
        int titleStart = k;
        while (k < words.size() && TITLES.contains(words.get(k))) {
            k++;
        }
        if (k > titleStart && k < words.size() && !words.get(titleStart).equals("of")) {
            List<String> name = words.subList(k, words.size());
            if (nameLike(name)) {
                String role = String.join(" ", words.subList(titleStart, k));
                String nameText = String.join(" ", name);
                if (name.size() == 1) {
                    singles.add(new Single(nameText, from + k, false, true));
                    pendingRoles.put(nameText, role);
                } else {
                    add(people, nameText, nameText, from + k).role = role;
                }
                return;
            }
        }
        if (readPlaces(tokens, from, to, words, next, places)) {
            return;
        }
        if (gazetteer.demonymCountry(phrase) != null || !nameLike(words)) {
            return;
        }
        String known = gazetteer.wellKnownPerson(phrase);
        boolean cue = hasCue(tokens, from, to);
        if (words.size() == 1) {
            singles.add(new Single(phrase, from, tokens.get(from).sentenceStart(), cue));
        } else if (known != null) {
            add(people, known, phrase, from);
        } else if (words.size() <= 4) {
            add(people, phrase, phrase, from);
        }
    }

    private final Map<String, String> pendingRoles = new LinkedHashMap<>();

    private boolean readPlaces(List<Token> tokens, int from, int to, List<String> words, Token next,
            Map<String, Mentions> places) {
        if (next != null && next.word() && DOCUMENT_NOUNS.contains(next.text())) {
            return gazetteer.place(String.join(" ", words)) != null;
        }
        if (words.size() == 1 && words.getFirst().contains("-")) {
            String head = words.getFirst().substring(0, words.getFirst().indexOf('-'));
            String rest = words.getFirst().substring(head.length() + 1);
            Gazetteer.Place p = gazetteer.place(head);
            if (p != null && !rest.isEmpty() && Character.isLowerCase(rest.charAt(0))) {
                addPlace(places, p, head, from);
                return true;
            }
        }
        // cover the run with the longest gazetteer names; all words must be covered
        List<int[]> spans = new ArrayList<>();
        int k = 0;
        while (k < words.size()) {
            int found = 0;
            for (int n = Math.min(gazetteer.longestPlace(), words.size() - k); n >= 1; n--) {
                if (gazetteer.place(String.join(" ", words.subList(k, k + n))) != null) {
                    found = n;
                    break;
                }
            }
            if (found == 0) {
                return false;
            }
            spans.add(new int[] {k, k + found});
            k += found;
        }
        for (int[] s : spans) {
            String written = String.join(" ", words.subList(s[0], s[1]));
            addPlace(places, gazetteer.place(written), written, from + s[0]);
        }
        return true;
    }

    private void addPlace(Map<String, Mentions> places, Gazetteer.Place p, String written, int at) {
        add(places, p.name(), written, at).code = p.countryCode();
    }

    private boolean isOrganisation(List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (ORG_HEADS.contains(w) && !(k == 0 && words.size() == 1)) {
                return true;
            }
            if (w.equals("House") && k + 1 < words.size() && words.get(k + 1).equals("of")) {
                return true;
            }
        }
        return false;
    }

    private boolean nameLike(List<String> words) {
        for (String w : words) {
            boolean particle = NAME_PARTICLES.contains(w) || w.indexOf('-') > 0
                    && NAME_PARTICLES.contains(w.substring(0, w.indexOf('-')));
            if (!particle && (NOT_NAMES.contains(w) || TITLES.contains(w) || ORG_HEADS.contains(w)
                    || gazetteer.demonymCountry(w) != null || w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 1
                    || Character.isDigit(w.charAt(0)))) {
                return false;
            }
        }
        return words.size() != 1 || gazetteer.place(words.getFirst()) == null;
    }

    private static boolean hasCue(List<Token> tokens, int from, int to) {
        Token after = to < tokens.size() ? tokens.get(to) : null;
        Token before = from > 0 ? tokens.get(from - 1) : null;
        if (after != null && after.word() && SPEECH.contains(after.text())) {
            return true;
        }
        if (before != null && before.word() && SPEECH.contains(before.text())) {
            return true;
        }
        if (after != null && after.text().equals(",") && to + 1 < tokens.size()) {
            Token t = tokens.get(to + 1);
            return t.word() && !t.capitalised() && !t.text().equals("and");
        }
        return after != null && after.text().equals("'s");
    }

    private void resolveSingles(List<Token> tokens, List<Single> singles, Map<String, Mentions> people,
            Map<String, Mentions> places, Map<String, Mentions> orgs) {
        Map<String, String> bySurname = new LinkedHashMap<>();
        for (Mentions m : List.copyOf(people.values())) {
            String[] parts = m.name.split(" ");
            bySurname.putIfAbsent(surnameKey(parts[parts.length - 1]), m.name);
        }
        for (Single s : singles) {
            String full = bySurname.get(surnameKey(s.text()));
            if (full == null && gazetteer.organisation(s.text()) != null) {
                add(orgs, gazetteer.organisation(s.text()), s.text(), s.index());
                continue;
            }
            if (full == null) {
                full = gazetteer.wellKnownPerson(s.text());
            }
            if (full == null && s.cue() && !s.sentenceStart()) {
                full = s.text();
            }
            if (full == null && s.cue() && pendingRoles.containsKey(s.text())) {
                full = s.text();
            }
            if (full != null) {
                Mentions m = add(people, full, s.text(), s.index());
                if (m.role == null && pendingRoles.containsKey(s.text())) {
                    m.role = pendingRoles.get(s.text());
                }
                bySurname.putIfAbsent(surnameKey(s.text()), full);
            }
        }
        pendingRoles.clear();
    }

    private static String surnameKey(String word) {
        int dash = word.indexOf('-');
        if (dash > 0 && NAME_PARTICLES.contains(word.substring(0, dash).toLowerCase(Locale.ROOT))) {
            return word.substring(dash + 1);
        }
        return word;
    }

    private static Mentions add(Map<String, Mentions> into, String name, String surface, int at) {
        Mentions m = into.computeIfAbsent(name, n -> new Mentions(n, at));
        m.surfaces.add(surface);
        m.count++;
        m.first = Math.min(m.first, at);
        return m;
    }

    private static List<Entity> entities(String kind, Map<String, Mentions> found) {
        int max = found.values().stream().mapToInt(m -> m.count).max().orElse(1);
        List<Mentions> ordered = new ArrayList<>(found.values());
        ordered.sort((a, b) -> a.count != b.count ? Integer.compare(b.count, a.count) : Integer.compare(a.first, b.first));
        List<Entity> out = new ArrayList<>();
        for (Mentions m : ordered) {
            double relevance = Math.round((0.4 + 0.6 * m.count / max) * 100) / 100.0;
            out.add(new Entity("wirestream:" + kind + ":" + slug(m.name), m.name, List.copyOf(m.surfaces), relevance,
                    m.role, m.code));
        }
        return out;
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
