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
 * Holds per-article state while it works: use one instance per {@link #find} call (Tagger does).
 */
final class EntityFinder {

    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "de", "del", "la", "van", "von", "bin",
            "da", "and", "am");
    private static final Set<String> NAME_PARTICLES = Set.of("al", "bin", "de", "van", "von", "da", "del", "la", "le",
            "di", "el", "ibn", "abu");
    private static final Set<String> TITLES = Set.of("President", "Vice", "Prime", "Foreign", "Defense", "Defence",
            "Finance", "Interior", "Minister", "Deputy", "Secretary", "of", "State", "General", "Senator", "Sen.", "Chief",
            "Gov.", "Governor", "Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "King", "Queen", "Prince", "Princess", "Chancellor",
            "Pope", "Chairman", "Chairwoman", "Executive", "Director", "Ambassador", "Spokesman",
            "Spokeswoman", "Mayor", "Judge", "Justice", "Rep.", "Representative", "Premier", "Leader", "Commander",
            "Col.", "Gen.", "Lt.", "Capt.", "Sgt.", "Adm.", "Lord", "Lady", "Speaker", "Attorney", "Treasury",
            "Commerce", "Trade", "Health", "Labor", "Labour", "Education", "Energy", "Envoy", "Special",
            "Former", "Supreme", "Crown", "Emir", "Sheikh", "Coach", "Manager", "CEO", "Professor", "Prof.", "Bishop",
            "Cardinal", "Archbishop", "Rabbi", "Imam", "Ayatollah", "Field", "Marshal", "Admiral", "Colonel", "Major",
            "Captain", "Lieutenant", "Sergeant", "Officer", "Economy", "Agriculture", "Transport", "Culture", "Ombudsman",
            "Interim", "Acting", "Police", "Employee", "Analyst", "Founder", "Co-founder", "Attorney-General",
            "Sen", "Gov", "Rep", "Mr", "Mrs", "Ms", "Dr", "Administrator", "Superintendent", "Commissioner",
            "Inspector-General", "Rt.", "Rt", "Hon.", "Hon", "Sens.", "Reps.");
    private static final Set<String> ORG_HEADS = Set.of("Ministry", "Party", "Bank", "Agency", "Council", "Committee",
            "Corporation", "Corp.", "Inc.", "Inc", "Ltd", "Ltd.", "Group", "University", "Center", "Centre",
            "Institute", "Association", "Union", "Organization", "Organisation", "Commission", "Court", "Department",
            "Office", "Foundation", "Fund", "Federation", "Authority", "Army", "Police", "Forces", "Service",
            "Company", "Co.", "Airlines", "Airways", "Parliament", "Assembly", "Senate", "Congress", "Front",
            "Movement", "Society", "College", "School", "Hospital", "Bureau", "Brigade", "Brigades", "Navy",
            "Guard", "Academy", "Institution", "Board", "Network", "Times", "Post", "Journal", "Telegraph",
            "Holdings", "Technologies", "Systems", "Motors", "Club", "League", "Administration", "Cabinet",
            "Parliamentary", "Secretariat", "Directorate", "Tribunal", "Exchange", "Alliance", "Coalition", "Shelter",
            "Trust", "Fame", "Brotherhood", "Chiefs", "Chronicle", "Herald", "Tribune",
            "Press", "Daily", "Magazine", "Records", "Studios", "Pictures", "Entertainment", "Labs", "Airport", "Airline", "Productions",
            "Laboratory", "Laboratories");
    private static final Set<String> EVENTS = Set.of("Summit", "Games", "Cup", "Conference", "Olympics",
            "Championship", "Championships", "Festival", "Treaty", "Agreement", "Accord", "Accords", "Declaration",
            "Act", "Bill", "Convention", "Protocol", "Award", "Awards", "Prize", "Day", "War", "Expo", "Open",
            "Tournament", "Marathon", "Week", "Year", "Forum", "Talks", "Plan", "Initiative", "Charter", "Amendment",
            "Reserved", "Show", "Finals", "Encephalitis", "Syndrome", "Disease", "Virus", "Index", "Composite", "Vote");
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
            "Christmas", "Easter", "Ramadan", "Islam", "Muslims", "Christians", "Jews", "Web", "COVID-19", "Covid", "AIDS", "HIV", "TV", "CEO", "GDP", "OK", "Although", "Though", "Following",
            "According", "Despite", "During", "Since", "Until", "Under", "Over", "Today", "Yesterday", "Rival",
            "Authorities", "Police", "Earlier", "Later", "Now", "Then", "Still", "Even", "Yet", "Why", "How", "What",
            "Who", "Where", "Here", "There", "All", "Both", "Each", "Every", "No", "Not", "My", "Your", "You",
            "IPO", "Rt", "Hon", "CFO", "COO", "CTO", "GMT", "UTC", "EST", "PST", "AM", "PM", "DNA", "USD", "EUR", "PhD", "MP", "MPs");
    /** Words after a name that mark a company ("Alibaba shares", "a WeWork spokesperson"). */
    private static final Set<String> COMPANY_CUES = Set.of("shares", "stock", "spokesperson", "spokesman",
            "spokeswoman", "executives", "headquarters", "subsidiary", "customers", "employees", "investors");
    /** Last words that make a capitalised run a place as written ("Logar province", "South China Sea"). */
    private static final Set<String> PLACE_HEADS = Set.of("County", "Province", "Region", "District", "Island",
            "Islands", "Sea", "River", "Mountains", "Lake", "Bay", "Strait", "Valley", "Desert", "Square", "Bridge",
            "Embassy", "Ocean", "Peninsula", "Canal", "Gulf", "Coast", "Stadium", "Arena", "Auditorium", "Park");
    /** Titles that may follow the organisation they belong to ("Senate Leader"). */
    private static final Set<String> TRAILING_TITLES = Set.of("Speaker", "Leader", "Chairman", "Chairwoman",
            "Spokesman", "Spokeswoman", "President", "Secretary", "Director", "Minister", "Chief", "Rt", "Rt.");
    /** Organisation heads that also name a building: "in KeyBank Center" is a place. */
    private static final Set<String> VENUE_HEADS = Set.of("Center", "Centre", "Hall", "Theatre", "Theater");
    /** Lowercase role nouns that a name may follow ("coach Anthony Lynn", "singer Jane Roe"). */
    private static final Set<String> ROLE_NOUNS = Set.of("coach", "chief", "star", "head", "boss", "actress",
            "judge", "captain", "founder", "co-founder", "leader", "minister", "president", "officer", "secretary",
            "envoy", "spokesperson", "guard", "midfielder", "striker", "goalkeeper", "candidate", "analyst",
            "economist", "scientist", "artist", "athlete", "chef", "pilot", "deputy", "representative", "senator",
            "mayor", "governor", "ceo", "cfo", "chairwoman", "chairman", "director", "lawyer", "attorney", "witness");
    /** Lowercase words before a name that are not a role ("in Senkata", "the"). */
    private static final Set<String> NOT_ROLE = Set.of("in", "at", "from", "to", "of", "on", "for", "by", "near",
            "into", "across", "the", "a", "an", "and", "or", "with", "over", "via", "toward", "towards", "between",
            "against", "than", "as", "about", "outside", "inside", "around", "through", "under", "after", "before",
            "visited", "visit", "left", "reached", "entered", "called", "named", "hit", "struck", "is", "was", "are",
            "were", "that", "while", "when", "where", "whose", "which", "but", "since", "until", "within", "beyond");
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
        final Set<String> roles = new LinkedHashSet<>();
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

    /** Links and social handles are not prose: "pic.twitter.com/XPxUJuyIAC" names no company. */
    private static final java.util.regex.Pattern NOT_PROSE =
            java.util.regex.Pattern.compile("(?:https?://|www\\.|pic\\.twitter\\.com/)\\S+|@\\w+");

    Found find(String text) {
        List<Token> tokens = Tokenizer.tokens(NOT_PROSE.matcher(text).replaceAll(" "));
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
                } else if (t.word() && CONNECTORS.contains(t.text())
                        && (!t.text().equals("and") || hasOrgHead(tokens, i, end) || orgHeadAhead(tokens, end + 1)) && end + 1 < tokens.size()
                        && (startsChunk(tokens.get(end + 1))
                                || (t.text().equals("of") || t.text().equals("for"))
                                        && tokens.get(end + 1).text().equals("the")
                                        && end + 2 < tokens.size()
                                        && startsChunk(tokens.get(end + 2)))) {
                    end += tokens.get(end + 1).text().equals("the") ? 2 : 1;
                } else if (t.text().equals("'s") && possessiveInsideOrganisation(tokens, i, end)) {
                    end++;
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

    private boolean possessiveInsideOrganisation(List<Token> tokens, int from, int at) {
        String owner = tokens.get(at - 1).text();
        // "South Korea's Ministry of Trade", "the Agency's Photovoltaic Programme": the owner stands alone
        StringBuilder ownerRun = new StringBuilder();
        for (int k = from; k < at; k++) {
            ownerRun.append(k > from ? " " : "").append(tokens.get(k).text());
        }
        if (gazetteer.place(ownerRun.toString()) != null || hasOrgHead(tokens, from, at)) {
            return false;
        }
        if (gazetteer.place(owner) != null || gazetteer.organisation(owner) != null
                || owner.equals(owner.toUpperCase(Locale.ROOT)) || at + 1 >= tokens.size()
                || !startsChunk(tokens.get(at + 1))) {
            return false;
        }
        for (int k = at + 1; k < tokens.size() && k < at + 6 && (startsChunk(tokens.get(k))
                || CONNECTORS.contains(tokens.get(k).text())); k++) {
            if (ORG_HEADS.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** "Securities and Exchange Commission": the run after "and" ends in an organisation head. */
    private static boolean orgHeadAhead(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + 4 && startsChunk(tokens.get(k)); k++) {
            if (ORG_HEADS.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVenuePreposition(Token t) {
        return t != null && (t.text().equals("in") || t.text().equals("at"));
    }

    /**
     * Whether "A and B" are two organisations: A already ends in an organisation head, or B does and A is a
     * name of its own (two or more words without "of", or B is long). "Securities and Exchange Commission"
     * and "Department of Health and Human Services" stay one name.
     */
    private boolean coordinatedOrganisations(List<String> left, List<String> right) {
        // "U.S. Securities and Exchange Commission": a place opens one name
        if (gazetteer.place(left.getFirst()) != null || left.contains("of") || right.contains("of") || left.contains("and") || right.contains("and")) {
            return false;
        }
        boolean leftHead = ORG_HEADS.contains(left.getLast()) && left.size() > 1;
        boolean rightHead = right.stream().anyMatch(ORG_HEADS::contains) && right.size() > 1;
        return leftHead || rightHead && (left.size() >= 2 || right.size() >= 3);
    }

    private static boolean hasOrgHead(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (ORG_HEADS.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
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
                || tokens.get(from).sentenceStart() && to - from > 1 && (tokens.get(from).text().endsWith("ing")
                        || tokens.get(from).text().endsWith("ly"))
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
        // "Founder of Ceres Robotics", "Speaker of the House": the title is no part of the organisation
        if (words.size() > 2 && TITLES.contains(words.getFirst()) && !words.getFirst().equals("of")) {
            int t = 0;
            while (t < words.size() && TITLES.contains(words.get(t)) && !words.get(t).equals("of")) {
                t++;
            }
            if (t < words.size() - 1 && words.get(t).equals("of") && isOrganisation(words.subList(t + 1, words.size()))) {
                int skip = t + 1;
                while (from + skip < to && tokens.get(from + skip).text().equals("the")) {
                    skip++;
                }
                read(tokens, from + skip, to, lowercaseWords, people, places, orgs, singles);
                return;
            }
        }
        int of = words.indexOf("of");
        if (of > 1 && !ORG_HEADS.contains(words.get(of - 1)) && !TITLES.contains(words.get(of - 1))
                && !PLACE_HEADS.contains(words.get(of - 1)) && !words.get(of - 1).equals("House")
                && (TITLES.contains(words.getFirst()) || of >= 2 && nameLike(words.subList(0, of)))) {
            int cut = from + of;
            read(tokens, from, cut, lowercaseWords, people, places, orgs, singles);
            read(tokens, cut + 1, to, lowercaseWords, people, places, orgs, singles);
            return;
        }
        // a dateline in capitals ("VIENNA --", "SANTA FE, N.M.") names a place only
        if (words.stream().allMatch(w -> w.length() > 2 && w.equals(w.toUpperCase(Locale.ROOT))
                && Character.isLetter(w.charAt(0))) && (words.size() > 1 || tokens.get(from).sentenceStart())) {
            List<String> titled = words.stream().map(EntityFinder::titleCase).toList();
            Gazetteer.Place p = gazetteer.place(String.join(" ", titled));
            if (p != null) {
                addPlace(places, p, String.join(" ", words), from);
                return;
            }
        }
        // "Sierra Nevada Corporation and SpaceX": two organisations side by side, not one name
        int and = words.indexOf("and");
        if (and > 0 && and < words.size() - 1 && coordinatedOrganisations(words.subList(0, and),
                words.subList(and + 1, words.size()))) {
            for (List<String> side : List.of(words.subList(0, and), words.subList(and + 1, words.size()))) {
                String name = String.join(" ", side);
                String curatedSide = gazetteer.organisation(name);
                add(orgs, curatedSide != null ? curatedSide : name, name, from + (side.getFirst() == words.getFirst() ? 0 : and + 1));
            }
            return;
        }
        // "House of Representatives Speaker", "Senate Leader": a title after an organisation is no part of it
        if (words.size() > 1 && TRAILING_TITLES.contains(words.getLast())
                && isOrganisation(words.subList(0, words.size() - 1))) {
            read(tokens, from, to - 1, lowercaseWords, people, places, orgs, singles);
            return;
        }
        String phrase = String.join(" ", words).replace(" 's ", "'s ");
        Token next = to < tokens.size() ? tokens.get(to) : null;
        if (EVENTS.contains(words.getLast()) || next != null && next.word() && EVENTS.contains(capitalise(next.text()))
                && DOCUMENT_NOUNS.contains(next.text())) {
            return;
        }
        String curated = gazetteer.organisation(phrase);
        if (curated != null) {
            Mentions org = add(orgs, curated, phrase, from);
            org.code = org.code != null ? org.code : titleCountry(words);
            return;
        }
        if (words.size() > 1 && PLACE_HEADS.contains(words.getLast())) {
            Gazetteer.Place inner = null;
            for (String w : words) {
                inner = inner != null ? inner : gazetteer.place(w);
            }
            Gazetteer.Place whole = null;
            for (int n = words.size() - 1; whole == null && n >= 1; n--) {
                // "Inner Mongolia Autonomous Region" is Inner Mongolia
                whole = gazetteer.place(String.join(" ", words.subList(0, n)));
                whole = whole != null && whole.country() && n < words.size() - 1 ? null : whole;
            }
            if (whole != null && !whole.country()) {
                // "Inner Mongolia Autonomous Region" is Inner Mongolia
                addPlace(places, whole, phrase, from);
            } else {
                add(places, phrase, phrase, from).code = inner == null ? null : inner.countryCode();
            }
            return;
        }
        if (words.size() == 1 && gazetteer.place(phrase) == null && gazetteer.wellKnownPerson(phrase) == null
                && looksLikeCompany(phrase, from > 0 ? tokens.get(from - 1) : null, next, tokens.get(from).sentenceStart())
                && !(from > 0 && tokens.get(from - 1).text().equals("(") && next != null && next.text().equals(")"))) {
            companies.add(new Single(phrase, from, false, true));
            return;
        }
        int nameStart = words.size() - 1;
        while (nameStart > 0 && nameLike(words.subList(nameStart - 1, words.size())) && words.size() - nameStart < 3) {
            nameStart--;
        }
        if (nameStart > 1 && words.size() - nameStart >= 2 && TITLES.contains(words.get(nameStart - 1))
                && !words.get(nameStart - 1).equals("of")
                && isOrganisation(words.subList(0, nameStart))) {
            int titleStart = nameStart - 1;
            while (titleStart > 0 && TITLES.contains(words.get(titleStart - 1))) {
                titleStart--;
            }
            String name = String.join(" ", words.subList(nameStart, words.size()));
            addRole(add(people, name, name, from + nameStart), words.subList(titleStart, nameStart));
            read(tokens, from, from + titleStart, lowercaseWords, people, places, orgs, singles);
            return;
        }
        // "in KeyBank Center", "at the Blossom Music Center": a venue, where something happens
        Token before = from > 0 ? tokens.get(from - 1) : null;
        Token twoBefore = from > 1 ? tokens.get(from - 2) : null;
        if (words.size() > 1 && VENUE_HEADS.contains(words.getLast())
                && (isVenuePreposition(before) || before != null && before.text().equals("the") && isVenuePreposition(twoBefore))) {
            add(places, phrase, phrase, from).code = titleCountry(words);
            return;
        }
        if (isOrganisation(words)) {
            Mentions org = add(orgs, phrase, phrase, from);
            org.code = org.code != null ? org.code : titleCountry(words);
            return;
        }
        // a place in front of a name: "ambassador to Britain Liu Xiaming"
        if (words.size() >= 3 && gazetteer.place(words.getFirst()) != null
                && nameLike(words.subList(1, words.size())) && words.size() <= 4
                && !EVENTS.contains(words.getLast())) {
            addPlace(places, gazetteer.place(words.getFirst()), words.getFirst(), from);
            candidates.add(new Single(String.join(" ", words.subList(1, words.size())), from + 1, false, true));
            return;
        }
        // titled person: "[Russian] [Deputy Foreign Minister] Sergei Ryabkov"
        int k = 0;
        if (words.size() > 1 && gazetteer.demonymCountry(words.getFirst()) != null && TITLES.contains(words.get(1))) {
            k = 1;
        }
        // "South Dakota Gov. Kristi Noem": the longest place in front of a title
        for (int n = Math.min(gazetteer.longestPlace(), words.size() - 1); k == 0 && n >= 1; n--) {
            if (gazetteer.place(String.join(" ", words.subList(0, n))) != null && TITLES.contains(words.get(n))) {
                k = n;
            }
        }
        int placePrefix = k > 0 && gazetteer.demonymCountry(words.getFirst()) == null ? k : 0;
        if (placePrefix > 0 && k < words.size()) {
            int titleEnd = k;
            while (titleEnd < words.size() && TITLES.contains(words.get(titleEnd))) {
                titleEnd++;
            }
            if (titleEnd < words.size() && nameLike(words.subList(titleEnd, words.size()))) {
                String written = String.join(" ", words.subList(0, placePrefix));
                addPlace(places, gazetteer.place(written), written, from);
            }
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
                    Mentions person = add(people, nameText, nameText, from + k);
                    addRole(person, words.subList(titleStart, k));
                    person.code = person.code != null ? person.code : titleCountry(words.subList(0, titleStart));
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
        boolean cue = words.size() == 1 ? speechAfter(tokens, to) : hasCue(tokens, from, to);
        if (words.size() == 1) {
            singles.add(new Single(phrase, from, tokens.get(from).sentenceStart(), cue));
        } else if (known != null) {
            add(people, known, phrase, from);
        } else if (words.size() <= 4) {
            Token preceding = from > 0 ? tokens.get(from - 1) : null;
            boolean role = preceding != null && preceding.word() && !preceding.capitalised() && !NOT_ROLE.contains(preceding.text())
                    && (ROLE_NOUNS.contains(preceding.text()) || preceding.text().matches(".{2,}(er|or|ist|ian|man|woman)"));
            // "Simon Pegg, and Karl Urban": a known first name opens a person's name
            boolean given = words.size() <= 3 && gazetteer.isGivenName(words.getFirst())
                    && !PLACE_HEADS.contains(words.getLast()) && gazetteer.place(words.getLast()) == null;
            candidates.add(new Single(phrase, from, false, cue || role || given));
        }
    }

    private final Map<String, String> pendingRoles = new LinkedHashMap<>();
    private final List<Single> candidates = new ArrayList<>();
    private final List<Single> companies = new ArrayList<>();

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

    /** "Foreign Minister" from a title run; "Deputy Foreign Minister" stays whole, a lone "of" does not count. */
    private static void addRole(Mentions person, List<String> title) {
        if (!title.isEmpty() && !title.getFirst().equals("of")) {
            person.roles.add(String.join(" ", title));
        }
    }

    /**
     * The country a name or title states in its first words: a demonym ("Russian Foreign Ministry"), a
     * country or a city ("Fort Worth Police Department", "South Dakota Gov."), else null.
     */
    private String titleCountry(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        String demonym = gazetteer.demonymCountry(words.getFirst());
        if (demonym != null) {
            Gazetteer.Place country = gazetteer.place(demonym);
            return country == null ? null : country.countryCode();
        }
        for (int n = Math.min(gazetteer.longestPlace(), words.size()); n >= 1; n--) {
            Gazetteer.Place p = gazetteer.place(String.join(" ", words.subList(0, n)));
            if (p != null) {
                return p.countryCode();
            }
        }
        return null;
    }

    private void addPlace(Map<String, Mentions> places, Gazetteer.Place p, String written, int at) {
        add(places, p.name(), written, at).code = p.countryCode();
    }

    /** CamelCase names (WeWork), acronyms (CNBC) and names followed by a company cue ("Alibaba shares"). */
    private boolean looksLikeCompany(String word, Token previous, Token next, boolean sentenceStart) {
        if (NOT_NAMES.contains(word) || TITLES.contains(word) || gazetteer.demonymCountry(word) != null) {
            return false;
        }
        // market codes ("CLc1", "XAU="), units after a number ("8.69 GW") are no companies
        if (word.chars().anyMatch(Character::isDigit) || next != null && next.text().equals("=")
                || previous != null && (previous.text().equals("=") || Character.isDigit(previous.text().charAt(0)))) {
            return false;
        }
        boolean acronym = word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(Character::isUpperCase);
        boolean camel = word.length() > 3 && !word.startsWith("Mc") && !word.startsWith("Mac") && word.substring(1).chars().anyMatch(Character::isUpperCase)
                && word.substring(1).chars().anyMatch(Character::isLowerCase) && word.indexOf('-') < 0;
        boolean cue = next != null && COMPANY_CUES.contains(next.text());
        return !sentenceStart && (acronym || camel || cue);
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
            boolean initial = w.length() == 2 && w.charAt(1) == '.' && Character.isUpperCase(w.charAt(0));
            if (!particle && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            // "GOP-dominated", "LCOc1": modifiers and codes, not name words
            int dash = w.indexOf('-');
            if (!particle && (dash > 0 && dash + 1 < w.length() && Character.isLowerCase(w.charAt(dash + 1))
                    || w.chars().anyMatch(Character::isDigit))) {
                return false;
            }
            if (!particle && !initial && (NOT_NAMES.contains(w) || TITLES.contains(w) || ORG_HEADS.contains(w)
                    || gazetteer.demonymCountry(w) != null || w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 1
                    || Character.isDigit(w.charAt(0)))) {
                return false;
            }
        }
        return words.size() != 1 || gazetteer.place(words.getFirst()) == null;
    }

    private static boolean speechAfter(List<Token> tokens, int to) {
        return to < tokens.size() && tokens.get(to).word() && SPEECH.contains(tokens.get(to).text());
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
            return t.word() && !t.capitalised() && !Set.of("and", "which", "where", "but", "while", "when", "or")
                    .contains(t.text());
        }
        return false;
    }

    private void resolveSingles(List<Token> tokens, List<Single> singles, Map<String, Mentions> people,
            Map<String, Mentions> places, Map<String, Mentions> orgs) {
        Set<String> singleWords = new HashSet<>();
        singles.forEach(s -> singleWords.add(surnameKey(s.text())));
        for (Single c : candidates) {
            String[] parts = c.text().split(" ");
            if (c.cue() || singleWords.contains(surnameKey(parts[parts.length - 1]))) {
                add(people, c.text(), c.text(), c.index());
            }
        }
        mergeVariants(people);
        candidates.clear();
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
                add(orgs, expanded, c.text(), c.index());
            } else if (person != null) {
                add(people, person, c.text(), c.index());
            } else {
                add(orgs, c.text(), c.text(), c.index());
            }
        }
        companies.clear();
        pendingRoles.clear();
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

    private static Mentions add(Map<String, Mentions> into, String name, String surface, int at) {
        Mentions m = into.computeIfAbsent(name, n -> new Mentions(n, at));
        m.surfaces.add(surface);
        m.count++;
        m.first = Math.min(m.first, at);
        return m;
    }

    private static List<Entity> entities(String kind, Map<String, Mentions> found) {
        // one spelling of the apostrophe in canonical names: "Beto O’Rourke" is "Beto O'Rourke"
        Map<String, Mentions> merged = new LinkedHashMap<>();
        for (Mentions m : found.values()) {
            String name = m.name.replace('’', '\'');
            Mentions into = merged.get(name);
            if (into == null) {
                Mentions copy = new Mentions(name, m.first);
                merged.put(name, copy);
                into = copy;
            }
            into.surfaces.addAll(m.surfaces);
            into.roles.addAll(m.roles);
            into.count += m.count;
            into.first = Math.min(into.first, m.first);
            into.code = into.code != null ? into.code : m.code;
        }
        found = merged;
        int max = found.values().stream().mapToInt(m -> m.count).max().orElse(1);
        List<Mentions> ordered = new ArrayList<>(found.values());
        ordered.sort((a, b) -> a.count != b.count ? Integer.compare(b.count, a.count) : Integer.compare(a.first, b.first));
        List<Entity> out = new ArrayList<>();
        for (Mentions m : ordered) {
            double relevance = Math.round((0.4 + 0.6 * m.count / max) * 100) / 100.0;
            out.add(new Entity("wirestream:" + kind + ":" + slug(m.name), m.name, List.copyOf(m.surfaces), relevance,
                    List.copyOf(m.roles), m.code));
        }
        return out;
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String titleCase(String w) {
        return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
