package io.wirestream.enrich.tag;

import static io.wirestream.enrich.tag.NameWords.*;

import io.wirestream.enrich.tag.AliasResolver.Single;
import io.wirestream.enrich.tag.Tags.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds people, places and organisations by rule: runs of capitalised words are cut into
 * candidates and each is read as an event or document (dropped), an organisation (curated name or
 * an organisation head word), a titled person, a place from the gazetteer, or an untitled name.
 * The vocabulary lives in {@link NameWords}, what each entity collected in {@link Mentions}; lone
 * surnames, unsure names and acronyms are settled by {@link AliasResolver} once the article is read.
 * Holds per-article state while it works: use one instance per {@link #find} call (Tagger does).
 */
final class EntityFinder {

    private final Gazetteer gazetteer;
    private final AliasResolver aliases;

    EntityFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.aliases = new AliasResolver(gazetteer);
    }

    /** Entities of one text, by type. */
    record Found(List<Entity> people, List<Entity> places, List<Entity> organisations, Set<String> surfaces) {
    }

    /** Links and social handles are not prose: "pic.twitter.com/XPxUJuyIAC" names no company. */
    private static final Pattern NOT_PROSE =
            Pattern.compile("(?:https?://|www\\.|pic\\.twitter\\.com/)\\S+|[@#]\\w+");

    Found find(String text) {
        return find(text, false);
    }

    /**
     * @param sportsStory the story is filed under sport: a country or city written as a side in a match
     *                    is the team, an organisation (labelling guide), not the place
     */
    Found find(String text, boolean sportsStory) {
        String prose = NOT_PROSE.matcher(text).replaceAll(" ");
        List<Token> tokens = Tokenizer.tokens(prose);
        this.headlines = HeadlineLines.of(prose);
        this.tokens = tokens;
        this.text = text;
        this.sportsStory = sportsStory;
        Map<Integer, SpanHints.Hint> hints = SpanHints.find(tokens, gazetteer);
        Set<String> lowercaseWords = new HashSet<>();
        for (Token t : tokens) {
            if (t.word() && !t.capitalised()) {
                lowercaseWords.add(t.text());
            }
        }
        aliases.everydayWords = lowercaseWords;
        this.everydayWords = lowercaseWords;
        Map<String, Mentions> people = new LinkedHashMap<>();
        Map<String, Mentions> places = new LinkedHashMap<>();
        Map<String, Mentions> orgs = new LinkedHashMap<>();
        List<Single> singles = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            SpanHints.Hint hint = hints.get(i);
            if (hint != null) {
                String written = String.join(" ", tokens.subList(i, hint.end()).stream().map(Token::text).toList());
                Mentions.add(hint.kind().equals("place") ? places : orgs, hint.name(), written, i);
                i = hint.end();
                continue;
            }
            if (!startsChunk(tokens.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && !hints.containsKey(end)) {
                Token t = tokens.get(end);
                if (startsChunk(t) && !t.sentenceStart()) {
                    end++;
                } else if (t.word() && CONNECTORS.contains(t.text())
                        && (!t.text().equals("and") || (hasOrgHead(tokens, i, end) || orgHeadAhead(tokens, end + 1)
                                || end == i + 1 && plainWord(tokens.get(i).text()) && agencyAhead(tokens, end + 1))
                                && !personAhead(tokens, end + 1))
                        && end + 1 < tokens.size()
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
        aliases.resolveSingles(tokens, singles, people, places, orgs);
        foldSurnamePlaces(people, places);
        if (sportsStory) {
            NationalTeams.moveTeams(places, orgs, gazetteer);
        }
        foldPlacePrefixedOrganisations(orgs);
        Set<String> surfaces = new HashSet<>();
        for (Map<String, Mentions> m : List.of(people, places, orgs)) {
            m.values().forEach(x -> {
                surfaces.addAll(x.surfaces);
                surfaces.add(x.name);
            });
        }
        return new Found(Mentions.entities("person", people), Mentions.entities("place", places), Mentions.entities("organisation", orgs),
                surfaces);
    }

    /**
     * "Richardson" after "Sheldon Richardson": a lone word that is the surname of a person the article names is
     * that person, not the town of the same name, unless it is written as a location ("in Richardson") or is a
     * country.
     */
    private void foldSurnamePlaces(Map<String, Mentions> people, Map<String, Mentions> places) {
        Map<String, Mentions> bySurname = new LinkedHashMap<>();
        for (Mentions person : people.values()) {
            int space = person.name.lastIndexOf(' ');
            if (space > 0) {
                bySurname.putIfAbsent(person.name.substring(space + 1), person);
            }
        }
        for (Mentions place : List.copyOf(places.values())) {
            Mentions person = bySurname.get(place.name);
            Gazetteer.Place known = gazetteer.place(place.name);
            if (person != null && place.locations == 0 && (known == null || !known.country())
                    && place.surfaces.stream().allMatch(f -> f.equals(place.name))) {
                places.remove(place.name);
                person.surfaces.addAll(place.surfaces);
                person.count += place.count;
            }
        }
    }

    private boolean curatedFrom(List<Token> tokens, int from, int to) {
        return to - from > 1 && gazetteer.organisation(String.join(" ",
                tokens.subList(from, to).stream().map(Token::text).toList())) != null;
    }

    /** Whether the article writes the word right after a first name somewhere ("Scooter Braun"). */
    private boolean surnameOfNamedPerson(List<Token> tokens, String word) {
        for (int k = 1; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals(word) && gazetteer.isGivenName(tokens.get(k - 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** "Nigerian Senate" and "the Senate" in one article are one body: the longer name keeps both forms. */
    private void foldPlacePrefixedOrganisations(Map<String, Mentions> orgs) {
        for (Mentions longer : List.copyOf(orgs.values())) {
            int space = longer.name.indexOf(' ');
            if (space < 0) {
                continue;
            }
            String first = longer.name.substring(0, space);
            String tail = longer.name.substring(space + 1);
            Mentions shorter = orgs.get(tail);
            // "House Intelligence Committee" ... "the Intelligence Committee": a tail that still has its head word
            boolean headedTail = tail.indexOf(' ') > 0 && ORG_HEADS.contains(tail.substring(tail.lastIndexOf(' ') + 1));
            if (shorter != null && shorter != longer
                    && (gazetteer.demonymCountry(first) != null || gazetteer.place(first) != null || headedTail)) {
                orgs.remove(shorter.name);
                longer.surfaces.addAll(shorter.surfaces);
                longer.count += shorter.count;
                longer.first = Math.min(longer.first, shorter.first);
            }
        }
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
        // "Braun's Ithaca Holdings" after "Scooter Braun", "Xi's Communist Party": a person owns the body
        if (gazetteer.wellKnownPerson(owner) != null || surnameOfNamedPerson(tokens, owner)) {
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

    /**
     * Whether "A and B" are two organisations: A already ends in an organisation head, or B does and A is a
     * name of its own (two or more words without "of", or B is long). "Securities and Exchange Commission"
     * and "Department of Health and Human Services" stay one name.
     */
    private boolean coordinatedOrganisations(List<String> left, List<String> right) {
        if (left.contains("of") || right.contains("of") || left.contains("and") || right.contains("and")) {
            return false;
        }
        boolean leftHead = ORG_HEADS.contains(left.getLast()) && left.size() > 1;
        boolean rightHead = right.stream().anyMatch(ORG_HEADS::contains) && right.size() > 1;
        // "Miami Herald and Kansas City Star": the right side opens with a place of its own, so it is a name of its
        // own; "U.S. Securities and Exchange Commission" (a place opens the one name) does not
        if ((leftHead || placePrefix(left) > 0) && placePrefix(right) > 0) {
            return true;
        }
        if (gazetteer.place(left.getFirst()) != null) {
            return false;
        }
        // "Ubisoft and Take-Two Interactive": a firm the lists know is a name of its own
        if (rightHead && left.size() == 1
                && (gazetteer.organisation(left.getFirst()) != null || gazetteer.isBrand(left.getFirst()))) {
            return true;
        }
        // "SBI and ICICI Bank": an acronym is a name of its own
        boolean leftAcronym = left.size() == 1 && left.getFirst().length() >= 2
                && left.getFirst().chars().allMatch(Character::isUpperCase);
        return leftHead || rightHead && (left.size() >= 2 || right.size() >= 3 || leftAcronym);
    }

    /** ", Florida" after a name: a comma, then a known place that is no country and ends the run. */
    private boolean placedByNext(List<Token> tokens, int to) {
        if (to + 1 >= tokens.size() || !tokens.get(to).text().equals(",")) {
            return false;
        }
        Gazetteer.Place p = gazetteer.place(tokens.get(to + 1).text());
        Token after = to + 2 < tokens.size() ? tokens.get(to + 2) : null;
        // "DeKalb, Ill.": an abbreviated state places the town too
        if (p == null && StateCodes.afterTown(tokens, to + 1) != null) {
            return true;
        }
        return p != null && !p.country() && (after == null || !after.capitalised() || after.sentenceStart());
    }

    /** ".info" right after a word, as in "Polygraph.info"; else null. */
    private static String domainAfter(List<Token> tokens, int to) {
        if (to + 1 >= tokens.size() || !tokens.get(to).text().equals(".")) {
            return null;
        }
        Token dot = tokens.get(to);
        Token tld = tokens.get(to + 1);
        Token word = tokens.get(to - 1);
        boolean joined = dot.start() == word.start() + word.text().length() && tld.start() == dot.start() + 1;
        return joined && DOMAIN_ENDINGS.contains(tld.text()) ? "." + tld.text() : null;
    }

    private static final Set<String> DOMAIN_ENDINGS = Set.of("com", "org", "net", "info", "io");

    /** The owner named before a compound ("Democratic Party" of "Democratic Party-controlled"): a place or a body. */
    private void readOwner(String owner, int from, Map<String, Mentions> places, Map<String, Mentions> orgs) {
        Gazetteer.Place place = gazetteer.place(owner);
        String curated = gazetteer.organisation(owner);
        if (place != null) {
            addPlace(places, place, owner, from);
        } else if (curated != null) {
            Mentions.add(orgs, curated, owner, from);
        } else if (isOrganisation(List.of(owner.split(" ")))) {
            Mentions.add(orgs, owner, owner, from);
        }
    }

    /**
     * "Ambassador to the European Union Gordon Sondland": a curated organisation or a known place followed by a
     * first name and a surname is the body or place and then the person.
     */
    private boolean readKnownThenPerson(List<String> words, int from, Map<String, Mentions> people,
            Map<String, Mentions> places, Map<String, Mentions> orgs) {
        for (int n = words.size() - 2; n >= 1; n--) {
            List<String> name = words.subList(n, words.size());
            // not "San Francisco Bay Area"
            if (name.size() > 3 || !isGivenNameWord(name.getFirst()) || !nameLike(name)
                    || name.stream().anyMatch(w -> PLACE_HEADS.contains(w) || w.equals("Area"))
                    || gazetteer.place(name.getLast()) != null && gazetteer.place(name.getLast()).country()) {
                continue;
            }
            String known = String.join(" ", words.subList(0, n));
            String org = n >= 2 ? gazetteer.organisation(known) : null;
            Gazetteer.Place place = n >= 2 ? gazetteer.place(known) : null;
            if (org == null && place == null) {
                continue;
            }
            if (org != null) {
                Mentions.add(orgs, org, known, from);
            } else {
                addPlace(places, place, known, from);
            }
            String person = String.join(" ", name);
            aliases.candidates.add(new Single(person, from + n, false, true));
            return true;
        }
        return false;
    }

    /** Words of the longest known place that opens a run, when some words follow it; else 0. */
    private int placePrefix(List<String> words) {
        for (int n = Math.min(gazetteer.longestPlace(), words.size() - 1); n >= 1; n--) {
            if (gazetteer.place(String.join(" ", words.subList(0, n))) != null) {
                return n;
            }
        }
        return 0;
    }

    /**
     * "Protection", "Services", "Security": an abstract noun, as agencies named by what they do end in ("Customs
     * and Border Protection"); a first name ("Lawrence", "Constance") is none.
     */
    private boolean abstractNoun(String w) {
        return w.length() >= 6 && ABSTRACT_ENDING.matcher(w).matches() && !gazetteer.isGivenName(w);
    }

    private static final Pattern ABSTRACT_ENDING =
            Pattern.compile("\\p{Lu}\\p{Ll}+(?:tion|sion|ity|ices|ment|ance|ence)");

    /** "Customs", not "GiveWell" or "NASA": a word that could open an agency's name, not a name of its own. */
    private boolean plainWord(String w) {
        return w.length() > 1 && w.substring(1).chars().allMatch(Character::isLowerCase)
                && gazetteer.organisation(w) == null && gazetteer.place(w) == null;
    }

    /** "and Border Protection": a run of up to three capitalised words ending in an abstract noun follows. */
    private boolean agencyAhead(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + 3 && tokens.get(k).capitalised(); k++) {
            if (abstractNoun(tokens.get(k).text()) && (k + 1 >= tokens.size() || !tokens.get(k + 1).capitalised())) {
                return true;
            }
        }
        return false;
    }

    /** "... Homeland Security and Alex Azar": a first name and a surname follow, so "and" joins a person, not a name. */
    private boolean personAhead(List<Token> tokens, int from) {
        return from + 1 < tokens.size() && isGivenNameWord(tokens.get(from).text()) && tokens.get(from + 1).capitalised()
                && !ORG_HEADS.contains(tokens.get(from + 1).text()) && !orgHeadAhead(tokens, from + 1)
                && !agencyAhead(tokens, from + 1);
    }

    private void read(List<Token> tokens, int from, int to, Set<String> lowercaseWords, Map<String, Mentions> people,
            Map<String, Mentions> places, Map<String, Mentions> orgs, List<Single> singles) {
        // a sentence's first word is capitalised anyway: drop it when it is an ordinary word, unless it opens
        // a curated name ("Rolling Stone reported")
        while (from < to && !curatedFrom(tokens, from, to) && (NOT_NAMES.contains(tokens.get(from).text()) || !startsChunk(tokens.get(from))
                || tokens.get(from).sentenceStart() && to - from > 1 && (tokens.get(from).text().endsWith("ing")
                        || tokens.get(from).text().endsWith("ly"))
                || tokens.get(from).sentenceStart() && lowercaseWords.contains(tokens.get(from).lower())
                        && gazetteer.place(tokens.get(from).text()) == null)) {
            from++;
        }
        from += SentenceOpeners.ordinaryOpenerBeforeOf(tokens, from, to, gazetteer);
        boolean quoted = false;
        while (to > from && (!startsChunk(tokens.get(to - 1)) || NOT_NAMES.contains(tokens.get(to - 1).text())
                || to - from > 1 && isCode(tokens.get(to - 1).text()))) {
            quoted = quoted || isCode(tokens.get(to - 1).text());
            to--;
        }
        if (from >= to) {
            return;
        }
        List<String> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            words.add(tokens.get(k).text());
        }
        if (!headlines.isEmpty() && headlines.contains(tokens.get(from).start())) {
            readKnownOnly(tokens, from, to, words, people, places, orgs);
            return;
        }
        // "Democratic Party-controlled House": the owner before the compound, then the rest of the run
        int compound = Compounds.ownerAt(words);
        if (compound >= 0) {
            readOwner(Compounds.owner(words, compound), from, places, orgs);
            read(tokens, from + compound + 1, to, lowercaseWords, people, places, orgs, singles);
            return;
        }
        // "Queen Elizabeth": a curated person written with a title as a whole
        if (words.size() > 1 && gazetteer.wellKnownPerson(String.join(" ", words)) != null) {
            String written = String.join(" ", words);
            Mentions.add(people, gazetteer.wellKnownPerson(written), written, from);
            return;
        }
        if (HouseOfRepresentatives.meant(tokens, from, to, text)) {
            Mentions.add(orgs, HouseOfRepresentatives.NAME, "House", from);
            return;
        }
        // "Group C" of a tournament draw names no body; "Brent LCOc1" is a quoted price, not the place
        if (words.size() == 2 && words.getFirst().equals("Group") && words.get(1).replace(".", "").length() == 1
                || quoted && gazetteer.place(String.join(" ", words)) != null) {
            return;
        }
        // "Air Astana", "Air France": airlines
        if (words.size() >= 2 && words.getFirst().equals("Air") && gazetteer.organisation(String.join(" ", words)) == null) {
            Mentions.add(orgs, String.join(" ", words), String.join(" ", words), from);
            return;
        }
        // streets are no people; a street where something happens is a place, an address or "Wall Street" none
        if (STREETS.contains(words.getLast())) {
            String street = Streets.place(tokens, from, words, gazetteer);
            if (street != null) {
                Mentions.add(places, street, street, from);
            }
            return;
        }
        if (sportsStory && readTeamNickname(words, from, orgs)) {
            return;
        }
        if (sportsStory && readPositionedPlayer(words, from, orgs, people)) {
            return;
        }
        // "Ilhan Omar, D-Minn.", "R-Neb.", "R-TX": party and state
        if (words.size() == 1 && words.getFirst().matches("[DRI]-\\p{Lu}.*")) {
            String code = words.getFirst().substring(2);
            Gazetteer.Place state = stateByCode(code);
            if (state != null) {
                addPlace(places, state, code, from);
                return;
            }
        }
        // "DeKalb, Ill.", "Gladstone, NJ": a state abbreviated after a town
        String stateAfterTown = words.size() == 1 ? StateCodes.afterTown(tokens, from) : null;
        Gazetteer.Place abbreviatedState = stateAfterTown == null ? null : gazetteer.place(stateAfterTown);
        if (abbreviatedState != null) {
            addPlace(places, abbreviatedState, words.getFirst(), from);
            return;
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
        // "occupation by Russia of Crimea": two places
        if (of == 1 && words.size() >= 3 && gazetteer.place(words.getFirst()) != null
                && gazetteer.place(String.join(" ", words.subList(2, words.size()))) != null) {
            addPlace(places, gazetteer.place(words.getFirst()), words.getFirst(), from);
            String second = String.join(" ", words.subList(2, words.size()));
            addPlace(places, gazetteer.place(second), second, from + 2);
            return;
        }
        if (readKnownThenPerson(words, from, people, places, orgs)) {
            return;
        }
        // "Monthly Notices of the Royal Astronomical Society", "Proceedings of the ...": a journal's whole title
        if (of > 0 && PUBLICATION_HEADS.contains(words.get(of - 1)) && of < words.size() - 1) {
            String title = String.join(" ", words);
            Mentions.add(orgs, title, title, from);
            return;
        }
        if (of > 1 && gazetteer.place(String.join(" ", words)) == null && !ORG_HEADS.contains(words.get(of - 1)) && !TITLES.contains(words.get(of - 1))
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
            List<String> titled = words.stream().map(NameWords::titleCase).toList();
            Gazetteer.Place p = gazetteer.place(String.join(" ", titled));
            if (p != null) {
                addPlace(places, p, String.join(" ", words), from);
                return;
            }
            // "ST. JOSEPH, Mich.": a town too small for the gazetteer, placed by the state after it
            Gazetteer.Place region = to + 1 < tokens.size() && tokens.get(to).text().equals(",")
                    ? gazetteer.place(tokens.get(to + 1).text()) : null;
            if (region != null && (from == 0 || tokens.get(from).sentenceStart())) {
                Mentions.add(places, String.join(" ", titled), String.join(" ", words), from).code = region.countryCode();
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
                Mentions.add(orgs, curatedSide != null ? curatedSide : name, name, from + (side.getFirst() == words.getFirst() ? 0 : and + 1));
            }
            return;
        }
        // "House of Representatives Speaker", "Senate Leader": a title after an organisation is no part of it
        if (words.size() > 1 && TRAILING_TITLES.contains(words.getLast())
                && (isOrganisation(words.subList(0, words.size() - 1))
                        || gazetteer.organisation(String.join(" ", words.subList(0, words.size() - 1))) != null)) {
            read(tokens, from, to - 1, lowercaseWords, people, places, orgs, singles);
            return;
        }
        String phrase = String.join(" ", words).replace(" 's ", "'s ");
        Token next = to < tokens.size() ? tokens.get(to) : null;
        if (EVENTS.contains(words.getLast()) || next != null && next.word() && EVENTS.contains(capitalise(next.text()))
                && DOCUMENT_NOUNS.contains(next.text())) {
            return;
        }
        // "the Democratic Progressive party", "the Communist party": a party named with a lowercase head
        if (next != null && next.text().equals("party") && nameLike(words) && !isGivenNameWord(words.getFirst())) {
            String party = phrase + " Party";
            String curatedParty = gazetteer.organisation(party);
            Mentions.add(orgs, curatedParty != null ? curatedParty : party, phrase + " party", from);
            return;
        }
        // "Polygraph.info", "LiveNation.com": a site named by its domain is the outlet or firm (named without it)
        String domain = words.size() == 1 ? domainAfter(tokens, to) : null;
        if (domain != null) {
            Mentions.add(orgs, phrase, phrase + domain, from);
            return;
        }
        String curated = gazetteer.organisation(phrase);
        if (curated != null) {
            Mentions org = Mentions.add(orgs, curated, phrase, from);
            org.code = org.code != null ? org.code : titleCountry(words);
            return;
        }
        // "Sacramento Bee", "Pittsburgh Post-Gazette": a town and a masthead
        if (Mastheads.outlet(words, gazetteer)) {
            Mentions.add(orgs, phrase, phrase, from);
            return;
        }
        // "Southwest Airlines", "Hugging Face": a whole run on the generated brand list
        if (words.size() > 1 && BrandNames.firm(gazetteer, tokens, from, phrase, words.size(), lowercaseWords)) {
            Mentions.add(orgs, phrase, phrase, from);
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
                Mentions.add(places, phrase, phrase, from).code = inner == null ? null : inner.countryCode();
            }
            return;
        }
        if (words.size() == 1 && gazetteer.place(phrase) == null && gazetteer.wellKnownPerson(phrase) == null
                && looksLikeCompany(phrase, from > 0 ? tokens.get(from - 1) : null, next, tokens.get(from).sentenceStart())
                && !(from > 0 && tokens.get(from - 1).text().equals("(") && next != null && next.text().equals(")"))) {
            aliases.companies.add(new Single(phrase, from, false, true));
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
            while (titleStart > 0 && (TITLES.contains(words.get(titleStart - 1))
                    || TITLE_MODIFIERS.contains(words.get(titleStart - 1)))) {
                titleStart--;
            }
            String name = String.join(" ", words.subList(nameStart, words.size()));
            addRole(Mentions.add(people, name, name, from + nameStart), words.subList(titleStart, nameStart));
            read(tokens, from, from + titleStart, lowercaseWords, people, places, orgs, singles);
            return;
        }
        // "in KeyBank Center", "at the Blossom Music Center": a venue, where something happens
        Token before = from > 0 ? tokens.get(from - 1) : null;
        Token twoBefore = from > 1 ? tokens.get(from - 2) : null;
        if (words.size() > 1 && VENUE_HEADS.contains(words.getLast())
                && (isVenuePreposition(before) || before != null && before.text().equals("the") && isVenuePreposition(twoBefore))) {
            Mentions.add(places, phrase, phrase, from).code = titleCountry(words);
            return;
        }
        // "New York, NY": the state's own name before its code is the city ("New York City")
        String state = StateCodes.afterTown(tokens, to + 1);
        if (state != null && state.equals(phrase) && gazetteer.place(state + " City") != null) {
            addPlace(places, gazetteer.place(state + " City"), phrase, from);
            return;
        }
        // "West Bank", "Soviet Union" if known: a whole known place is the place, whatever its last word
        if (words.size() > 1 && gazetteer.place(phrase) != null) {
            addPlace(places, gazetteer.place(phrase), phrase, from);
            return;
        }
        // "Customs and Border Protection", "Citizenship and Immigration Services": an agency named by what it does
        boolean agency = words.size() >= 3 && words.contains("and") && abstractNoun(words.getLast());
        if (agency || isOrganisation(words)) {
            Mentions org = Mentions.add(orgs, phrase, phrase, from);
            org.code = org.code != null ? org.code : titleCountry(words);
            return;
        }
        // a place in front of a name: "ambassador to Britain Liu Xiaming"
        // not "Elizabeth A. Burton": a first name that is also a city opens a name
        // not "Van Der Beek": a capitalised name particle opens a surname, not the town of Van
        if (words.size() >= 3 && gazetteer.place(words.getFirst()) != null && !gazetteer.isGivenName(words.getFirst())
                && !NAME_PARTICLES.contains(words.getFirst().toLowerCase(Locale.ROOT))
                && nameLike(words.subList(1, words.size())) && words.size() <= 4
                && !EVENTS.contains(words.getLast())) {
            addPlace(places, gazetteer.place(words.getFirst()), words.getFirst(), from);
            aliases.candidates.add(new Single(String.join(" ", words.subList(1, words.size())), from + 1, false, true));
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
                if (name.size() == 1 && ROYAL_TITLES.contains(words.get(k - 1))) {
                    // "Prince Andrew": a royal known by title and first name keeps the title in the name
                    String royal = words.get(k - 1) + " " + nameText;
                    addRole(Mentions.add(people, royal, royal, from + k - 1), words.subList(titleStart, k));
                } else if (name.size() == 1) {
                    singles.add(new Single(nameText, from + k, false, true));
                    aliases.pendingRoles.put(nameText, role);
                } else {
                    Mentions person = Mentions.add(people, nameText, nameText, from + k);
                    addRole(person, words.subList(titleStart, k));
                    person.code = person.code != null ? person.code : titleCountry(words.subList(0, titleStart));
                }
                return;
            }
        }
        if (readPrefixedTitledPerson(tokens, from, words, people, places, orgs)) {
            return;
        }
        // "American Kevin King and Australian Timothy Weeks": a nationality before an untitled name
        if (words.size() >= 3 && words.size() <= 4 && gazetteer.demonymCountry(words.getFirst()) != null
                && nameLike(words.subList(1, words.size()))) {
            aliases.candidates.add(new Single(String.join(" ", words.subList(1, words.size())), from + 1, false, true));
            return;
        }
        if (readPlaces(tokens, from, to, words, next, places)) {
            return;
        }
        if (gazetteer.demonymCountry(phrase) != null) {
            return;
        }
        if (words.size() > 1 && PARTY_MEMBERS.contains(words.getLast())
                && gazetteer.place(String.join(" ", words.subList(0, words.size() - 1))) != null) {
            Mentions.add(orgs, phrase, phrase, from);
            return;
        }
        boolean givenName = isGivenNameWord(words.getFirst()) && words.size() > 1;
        if (!givenName && gazetteer.wellKnownPerson(phrase) == null && phrase.length() > 1
                && (ContextCues.organisationNounBefore(tokens, from) || ContextCues.sourceCue(tokens, from, to))) {
            // "the Argus Leader of Sioux Falls": the paper, then its town
            String town = of > 0 ? String.join(" ", words.subList(of + 1, words.size())) : null;
            if (town != null && gazetteer.place(town) != null) {
                String paper = String.join(" ", words.subList(0, of));
                Mentions.add(orgs, paper, paper, from);
                addPlace(places, gazetteer.place(town), town, from + of + 1);
                return;
            }
            if (words.size() == 1) {
                aliases.companies.add(new Single(phrase, from, false, true));
            } else {
                Mentions.add(orgs, phrase, phrase, from);
            }
            return;
        }
        // "Walter Reed hospital": the noun after the name beats a first name in it
        if (words.size() <= 4 && gazetteer.wellKnownPerson(phrase) == null && ContextCues.organisationNounAfter(tokens, to)) {
            if (words.size() == 1) {
                aliases.companies.add(new Single(phrase, from, false, true));
            } else {
                Mentions.add(orgs, phrase, phrase, from);
            }
            return;
        }
        if (words.size() <= 3 && nameLike(words) && ContextCues.localNounAfter(tokens, to)
                && !(words.size() == 1 && tokens.get(from).sentenceStart())) {
            Mentions.add(places, phrase, phrase, from);
            return;
        }
        String placeNoun = ContextCues.placeNounAfter(tokens, to);
        if (words.size() <= 3 && nameLike(words) && !givenName && placeNoun != null) {
            String written = ContextCues.isFacility(placeNoun) ? phrase + " " + placeNoun : phrase;
            Mentions.add(places, written, written, from);
            return;
        }
        // "Palm Beach, Florida", "Sugar Creek, Mo.": an unknown name placed by the known state or city after it
        if (words.size() <= 3 && nameLike(words) && !givenName && placedByNext(tokens, to)
                && !(tokens.get(from).sentenceStart() && phrase.endsWith("ly"))) {
            Gazetteer.Place by = gazetteer.place(tokens.get(to + 1).text());
            Mentions.add(places, phrase, phrase, from).code = by != null ? by.countryCode() : "US";
            return;
        }
        if (words.size() <= 3 && nameLike(words) && (ContextCues.placeCue(tokens, from, to)
                || words.size() <= 2 && !givenName && !tokens.get(from).sentenceStart()
                        && ContextCues.locationBefore(tokens, from, to))) {
            Mentions.add(places, phrase, phrase, from);
            return;
        }
        if (!nameLike(words)) {
            return;
        }
        String known = gazetteer.wellKnownPerson(phrase);
        Token preceding = from > 0 ? tokens.get(from - 1) : null;
        boolean roleBefore = preceding != null && preceding.word() && ROLE_NOUNS.contains(preceding.text());
        boolean cue = words.size() == 1 ? speechAfter(tokens, to) || roleBefore : hasCue(tokens, from, to)
                || ContextCues.creditLine(tokens, from) || possessivePlaceBefore(tokens, from)
                || ownsOrganisation(tokens, to)
                || sportsStory && matchVerbAround(tokens, from, to);
        if (words.size() == 1) {
            singles.add(new Single(phrase, from, tokens.get(from).sentenceStart(), cue));
        } else if (known != null) {
            Mentions.add(people, known, phrase, from);
        } else if (words.size() <= 4 && !productOrIdea(words, next)) {
            aliases.noteNeighbours(phrase, neighbourRun(tokens, from - 1, -1), neighbourRun(tokens, to, 1));
            boolean role = preceding != null && preceding.word() && !preceding.capitalised() && !NOT_ROLE.contains(preceding.text())
                    && (ROLE_NOUNS.contains(preceding.text()) || preceding.text().matches(".{2,}(er|or|ist|ian|man|woman)"));
            // "Simon Pegg, and Karl Urban": a known first name opens a person's name
            // a town may share a surname ("Elizabeth Warren"), a country not
            boolean given = words.size() <= 3 && isGivenNameWord(words.getFirst())
                    && !PLACE_HEADS.contains(words.getLast())
                    && (gazetteer.place(words.getLast()) == null || !gazetteer.place(words.getLast()).country());
            aliases.candidates.add(new Single(phrase, from, false, cue || role || given));
        }
    }

    /**
     * "Kentucky GOP Gov. Matt Bevin", "Emirates President Tim Clark", "Indiana House Speaker Brian Bosma": a title
     * before a name makes a person whatever stands in front of it; the words in front are read for places and
     * curated organisations.
     */
    private boolean readPrefixedTitledPerson(List<Token> tokens, int from, List<String> words,
            Map<String, Mentions> people, Map<String, Mentions> places, Map<String, Mentions> orgs) {
        int nameStart = words.size();
        while (nameStart > 0 && words.size() - nameStart < 4 && nameLike(words.subList(nameStart - 1, words.size()))) {
            nameStart--;
        }
        if (words.size() - nameStart < 2 || nameStart < 2 || !TITLES.contains(words.get(nameStart - 1))
                || words.get(nameStart - 1).equals("of")) {
            return false;
        }
        int titleStart = nameStart - 1;
        while (titleStart > 0 && (TITLES.contains(words.get(titleStart - 1)) && !words.get(titleStart - 1).equals("of")
                || TITLE_MODIFIERS.contains(words.get(titleStart - 1)))) {
            titleStart--;
        }
        if (titleStart == 0) {
            return false;
        }
        String name = String.join(" ", words.subList(nameStart, words.size()));
        Mentions person = Mentions.add(people, name, name, from + nameStart);
        addRole(person, words.subList(titleStart, nameStart));
        person.code = person.code != null ? person.code : titleCountry(words.subList(0, titleStart));
        readPrefix(words.subList(0, titleStart), from, places, orgs);
        return true;
    }

    /** Places and curated organisations in the words before a title, longest first; other words are skipped. */
    private void readPrefix(List<String> words, int from, Map<String, Mentions> places, Map<String, Mentions> orgs) {
        readPrefix(words, from, places, orgs, false);
    }

    /** @param headline on a headline-case line a one-word place must be no short or everyday word ("Identify Man") */
    private void readPrefix(List<String> words, int from, Map<String, Mentions> places, Map<String, Mentions> orgs,
            boolean headline) {
        int k = 0;
        while (k < words.size()) {
            int step = 1;
            for (int n = words.size() - k; n >= 1; n--) {
                String written = String.join(" ", words.subList(k, k + n));
                boolean word = n == 1 && (written.length() <= 3 || everydayWords.contains(written.toLowerCase(Locale.ROOT)));
                if (gazetteer.place(written) != null && !(headline && word)) {
                    addPlace(places, gazetteer.place(written), written, from + k);
                    step = n;
                    break;
                }
                if (gazetteer.organisation(written) != null) {
                    Mentions.add(orgs, gazetteer.organisation(written), written, from + k);
                    step = n;
                    break;
                }
            }
            k += step;
        }
    }

    /** A run on a headline-case line: only what the gazetteer and curated lists know, whole or in parts. */
    private void readKnownOnly(List<Token> tokens, int from, int to, List<String> words, Map<String, Mentions> people,
            Map<String, Mentions> places, Map<String, Mentions> orgs) {
        String phrase = String.join(" ", words);
        if (gazetteer.wellKnownPerson(phrase) != null) {
            Mentions.add(people, gazetteer.wellKnownPerson(phrase), phrase, from);
        } else if (!(sportsStory && readTeamNickname(words, from, orgs))) {
            readPrefix(words, from, places, orgs, true);
        }
    }

    /** A team's nickname in a sport story ("the Wild", "Sabres center"); a shared one goes to the team whose place the story names. */
    private boolean readTeamNickname(List<String> words, int from, Map<String, Mentions> orgs) {
        List<String> teams = gazetteer.teamsNicknamed(String.join(" ", words));
        if (teams.size() > 1) {
            // "Panthers" in a hockey story is Florida's, not Carolina's football club: the league of the story first
            String league = storyLeague();
            List<String> inLeague = teams.stream().filter(t -> gazetteer.league(t).equals(league)).toList();
            teams = inLeague.isEmpty() ? teams : inLeague;
        }
        String team = teams.size() == 1 ? teams.getFirst()
                : teams.stream().filter(t -> text.contains(t.substring(0, t.lastIndexOf(' ')))).findFirst().orElse(null);
        if (team == null) {
            return false;
        }
        Mentions.add(orgs, team, String.join(" ", words), from);
        return true;
    }

    /**
     * "Browns DL Sheldon Richardson", "CB Denzel Ward": in a sport story a position code before a name makes a
     * player; a team nickname in front is the team, other words in front (the team's city) are dropped.
     */
    private boolean readPositionedPlayer(List<String> words, int from, Map<String, Mentions> orgs,
            Map<String, Mentions> people) {
        for (int p = 0; p < words.size() - 2; p++) {
            List<String> name = words.subList(p + 1, words.size());
            if (POSITIONS.contains(words.get(p)) && name.size() <= 3 && nameLike(name)) {
                String written = String.join(" ", name);
                addRole(Mentions.add(people, written, written, from + p + 1), words.subList(p, p + 1));
                if (p > 0) {
                    readTeamNickname(words.subList(0, p), from, orgs);
                }
                return true;
            }
        }
        return false;
    }

    /** Position codes of American football written before a player's name. */
    private static final Set<String> POSITIONS = Set.of("QB", "RB", "FB", "WR", "TE", "OL", "OT", "OG", "DL", "DE",
            "DT", "LB", "ILB", "OLB", "CB", "DB", "FS", "SS");

    /**
     * The league whose teams the story names most (by full name or a nickname only that team has); read once
     * per article, and only when a shared nickname needs it.
     */
    private String storyLeague() {
        if (storyLeague == null) {
            Map<String, Integer> votes = new LinkedHashMap<>();
            gazetteer.teamNames().forEach((team, names) -> {
                boolean named = names.stream().anyMatch(n -> (n.equals(team) || gazetteer.teamsNicknamed(n).size() == 1)
                        && text.contains(n));
                if (named) {
                    votes.merge(gazetteer.league(team), 1, Integer::sum);
                }
            });
            storyLeague = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        }
        return storyLeague;
    }

    private String storyLeague;

    /**
     * Not a person's name: a product of a known organisation ("Google Stadia"), a numbered title ("Red Dead
     * Redemption 2"), a doctrine ("National Socialism").
     */
    private boolean productOrIdea(List<String> words, Token next) {
        return gazetteer.organisation(words.getFirst()) != null || PRODUCT_WORDS.contains(words.getLast())
                || VENUE_HEADS.contains(words.getLast()) || abstractNoun(words.getLast())
                || next != null && next.text().matches("\\d{1,2}") && !sportsStory
                || words.getLast().endsWith("ism");
    }

    /** "Elon Musk's SpaceX": a name that owns a known organisation is its founder or owner. */
    private boolean ownsOrganisation(List<Token> tokens, int to) {
        return to + 1 < tokens.size() && tokens.get(to).text().equals("'s")
                && gazetteer.organisation(tokens.get(to + 1).text()) != null;
    }

    /** "Serbia's Novak Djokovic", "Kazakhstan's Air Astana" keeps its own rule: the owner is a place. */
    private boolean possessivePlaceBefore(List<Token> tokens, int from) {
        return from > 1 && tokens.get(from - 1).text().equals("'s") && gazetteer.place(tokens.get(from - 2).text()) != null;
    }

    private static boolean matchVerbAround(List<Token> tokens, int from, int to) {
        return from > 0 && MATCH_VERBS.contains(tokens.get(from - 1).text())
                || to < tokens.size() && (MATCH_VERBS.contains(tokens.get(to).text())
                        || PLAYER_VERBS.contains(tokens.get(to).text()));
    }

    /** What a player does in a match report: "Tuukka Rask made 25 saves", "Patrik Laine and ... scored". */
    private static final Set<String> PLAYER_VERBS = Set.of("scored", "stopped", "made", "added", "netted", "saved",
            "threw", "rushed", "caught", "kicked", "had", "finished", "struck", "assisted", "converted", "homered",
            "pitched", "blocked", "grabbed");

    /** The capitalised run joined to a name by "and" or a comma, on the given side, or null. */
    private static String neighbourRun(List<Token> tokens, int at, int direction) {
        int glue = at;
        if (glue < 0 || glue >= tokens.size() || !(tokens.get(glue).text().equals("and") || tokens.get(glue).text().equals(","))) {
            return null;
        }
        List<String> run = new ArrayList<>();
        for (int k = glue + direction; k >= 0 && k < tokens.size() && startsChunk(tokens.get(k)) && run.size() < 4; k += direction) {
            run.add(direction > 0 ? run.size() : 0, tokens.get(k).text());
        }
        return run.isEmpty() ? null : String.join(" ", run);
    }

    private static boolean isCode(String word) {
        return word.chars().anyMatch(Character::isDigit) && word.chars().filter(Character::isUpperCase).count() > 1;
    }

    /** The state a party tag's code names: a wire form the gazetteer knows ("Minn") or a postal code ("TX"). */
    private Gazetteer.Place stateByCode(String code) {
        Gazetteer.Place known = gazetteer.place(code);
        if (known != null) {
            return known;
        }
        String state = StateCodes.state(code);
        return state == null ? null : gazetteer.place(state);
    }

    /** Lowercase land forms after a hyphenated pair that name one place ("the Qinghai-Tibet plateau"). */
    private static final Set<String> LANDFORMS = Set.of("plateau", "basin", "valley", "desert", "mountains", "range",
            "strait", "railway");

    /** The places of a hyphenated pair of known places ("US-China"), or null; a place so named as a whole wins. */
    private List<Gazetteer.Place> placePair(String word) {
        String[] parts = word.split("-");
        if (parts.length < 2 || gazetteer.place(word) != null) {
            return null;
        }
        List<Gazetteer.Place> out = new ArrayList<>();
        for (String part : parts) {
            Gazetteer.Place p = part.isEmpty() || !Character.isUpperCase(part.charAt(0)) ? null : gazetteer.place(part);
            // "Asia-Pacific" is one region: a continent or ocean makes no pair
            if (p == null || p.countryCode() == null) {
                return null;
            }
            out.add(p);
        }
        return out;
    }

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
            // "US-China trade", "the Baghdad-Damascus highway": places side by side, each a place
            List<Gazetteer.Place> pair = placePair(words.getFirst());
            if (pair != null && !(next != null && next.word() && LANDFORMS.contains(next.text()))) {
                String[] parts = words.getFirst().split("-");
                for (int k = 0; k < parts.length; k++) {
                    addPlace(places, pair.get(k), parts[k], from);
                }
                return true;
            }
        }
        // "West Michigan", "Northern Nevada": a part of a known place, as written
        if (words.size() >= 2 && COMPASS.contains(words.getFirst()) && gazetteer.place(String.join(" ", words)) == null) {
            Gazetteer.Place whole = gazetteer.place(String.join(" ", words.subList(1, words.size())));
            if (whole != null) {
                Mentions.add(places, String.join(" ", words), String.join(" ", words), from).code = whole.countryCode();
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
        // "Elizabeth Warren" is two towns word by word, but a first name and a surname: no country among them
        if (spans.size() >= 2 && words.size() <= 3 && isGivenNameWord(words.getFirst())
                && spans.stream().noneMatch(s -> gazetteer.place(String.join(" ", words.subList(s[0], s[1]))).country())) {
            return false;
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
        Mentions place = Mentions.add(places, p.name(), written, at);
        place.code = p.countryCode();
        int after = at + written.split(" ").length;
        // "lost to Chile", "fell to Spain"
        boolean lostTo = at > 1 && tokens.get(at - 1).text().equals("to")
                && Set.of("lost", "lose", "loses", "fell", "falls", "bowed").contains(tokens.get(at - 2).text());
        if (lostTo || at > 0 && MATCH_VERBS.contains(tokens.get(at - 1).text())
                || after < tokens.size() && MATCH_VERBS.contains(tokens.get(after).text())
                || after < tokens.size() && SPORT_ROLES.contains(tokens.get(after).text())) {
            place.matchSide = true;
        }
        // "New Jersey native Connor Clifton": where a person comes from is a location too
        if (at > 0 && LOCATIVES.contains(tokens.get(at - 1).text()) || at == 0
                || after < tokens.size() && tokens.get(after).text().equals("native") || tokens.get(at).sentenceStart()
                && after < tokens.size() && (tokens.get(after).text().equals(",") || tokens.get(after).text().equals("—"))) {
            place.locations++;
        }
    }

    /** Words that put a name on one side of a match: "Argentina comfortably got past Chile" is not. */
    private static final Set<String> MATCH_VERBS = Set.of("beat", "beats", "defeated", "defeats", "edged",
            "lost", "loses", "topped", "tops", "thrashed", "routed", "drew", "vs", "vs.", "v", "over", "against",
            "plays", "faces", "hosts", "edges", "trounced", "stunned", "upset");

    /** A player or coach of a side: "Barcelona soccer player", "Brazil star". */
    private static final Set<String> SPORT_ROLES = Set.of("player", "players", "striker", "midfielder", "defender",
            "goalkeeper", "forward", "star", "coach", "captain", "soccer", "football", "squad", "team");
    /** Prepositions before a place written as a location: "in Madrid", "Raven Klaasen of South Africa". */
    private static final Set<String> LOCATIVES = Set.of("in", "of", "from", "at", "near", "across", "outside");

    private List<Token> tokens = List.of();
    private HeadlineLines headlines;
    private String text = "";
    private Set<String> everydayWords = Set.of();
    private boolean sportsStory;

    /** CamelCase names (WeWork), acronyms (CNBC) and names followed by a company cue ("Alibaba shares"). */
    private boolean looksLikeCompany(String word, Token previous, Token next, boolean sentenceStart) {
        // "SUVs", "NGOs": a plural acronym names things of a kind, not one body
        if (NOT_NAMES.contains(word) || TITLES.contains(word) || gazetteer.demonymCountry(word) != null
                || THING_ACRONYMS.contains(word) || word.matches("\\p{Lu}{2,}s")) {
            return false;
        }
        // market codes ("CLc1", "XAU="), units after a number ("8.69 GW") are no companies
        // "Tampa, FL": a state's postal code after its city, not a company
        if (previous != null && previous.text().equals(",") && word.length() == 2 && cityBeforeComma(previous)) {
            return false;
        }
        // "STOXX 600 index": an index, not a company
        if (word.chars().anyMatch(Character::isDigit) || next != null && next.text().equals("=")
                || next != null && !next.text().isEmpty() && Character.isDigit(next.text().charAt(0))
                || previous != null && (previous.text().equals("=") || Character.isDigit(previous.text().charAt(0)))) {
            return false;
        }
        // "The answer is YES", "there IS": shouting, not an acronym, when the article has the word in lowercase
        boolean acronym = word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(Character::isUpperCase)
                && !everydayWords.contains(word.toLowerCase(Locale.ROOT));
        boolean camel = word.length() > 3 && !word.startsWith("Mc") && !word.startsWith("Mac") && word.substring(1).chars().anyMatch(Character::isUpperCase)
                && word.substring(1).chars().anyMatch(Character::isLowerCase) && word.indexOf('-') < 0;
        boolean cue = next != null && COMPANY_CUES.contains(next.text()) && word.indexOf('-') < 0;
        return !sentenceStart && (acronym || camel || cue);
    }

    /** A word that opens a person's name: a common first name or a hyphenated one ("Jo-Wilfried"). */
    private boolean isGivenNameWord(String w) {
        return gazetteer.isGivenName(w) || hyphenatedGivenName(w);
    }

    /**
     * "Jo-Wilfried", "Eva-Marie", "Sui-Lee": two short capitalised parts joined by a hyphen open a name (French,
     * German, Chinese given names); a known place or body ("Bosnia-Herzegovina", "Coca-Cola") does not count.
     */
    private boolean hyphenatedGivenName(String w) {
        return w.matches("\\p{Lu}\\p{Ll}{1,7}-\\p{Lu}\\p{Ll}{1,7}") && gazetteer.place(w) == null
                && gazetteer.organisation(w) == null;
    }

    /** "Jae-in", "Ki-moon": a Korean given name of two short syllables, not "GOP-dominated". */
    private static boolean syllableName(String w, int dash) {
        return dash <= 4 && w.length() - dash - 1 <= 4 && Character.isLowerCase(w.charAt(1))
                && w.chars().filter(c -> c != '-').allMatch(Character::isLetter);
    }

    private boolean cityBeforeComma(Token comma) {
        int at = tokens.indexOf(comma);
        return at > 0 && gazetteer.place(tokens.get(at - 1).text()) != null;
    }

    private boolean nameLike(List<String> words) {
        for (String w : words) {
            boolean particle = NAME_PARTICLES.contains(w) || w.indexOf('-') > 0
                    && NAME_PARTICLES.contains(w.substring(0, w.indexOf('-')));
            // "W." and "J.J.": initials
            boolean initial = w.matches("(?:\\p{Lu}\\.){1,3}") && w != words.getLast();
            if (!particle && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            // "GOP-dominated", "LCOc1": modifiers and codes, not name words
            int dash = w.indexOf('-');
            if (!particle && (dash > 0 && dash + 1 < w.length() && Character.isLowerCase(w.charAt(dash + 1)) && !syllableName(w, dash)
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

}
