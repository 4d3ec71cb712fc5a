package io.wirestream.enrich.tag;

import java.util.List;
import java.util.Set;

/**
 * What the words around a capitalised run say about its type when the name itself says nothing: a
 * company or outlet noun before it ("research firm Oanda", "the journal Nature Astronomy"), a source
 * cue ("according to The Wrap", "Deadline reports"), a place noun in apposition ("Addison, a village
 * southwest of Ithaca") or a compass direction before it ("southwest of Ithaca"), a credit line
 * ("Reporting by Will Dunham"). Plain functions of the tokens.
 */
final class ContextCues {

    private ContextCues() {
    }

    /** Lowercase nouns that introduce an organisation's name ("carrier SunExpress", "tech giant Huawei"). */
    private static final Set<String> ORGANISATION_NOUNS = Set.of("firm", "company", "carrier", "airline", "startup",
            "start-up", "retailer", "automaker", "carmaker", "broadcaster", "newspaper", "magazine", "journal",
            "tabloid", "website", "outlet", "lender", "insurer", "conglomerate", "giant", "chain", "brokerage",
            "label", "studio", "publisher", "developer", "agency", "network");
    /** Lowercase nouns after a body's name that say what kind it is: "Walter Reed hospital", "Tatler magazine". */
    private static final Set<String> ORGANISATION_NOUNS_AFTER = Set.of("hospital", "newspaper", "magazine", "tabloid",
            "website");
    /** Verbs after a source ("Deadline reports", "Rolling Stone reported"). */
    private static final Set<String> REPORTING_VERBS = Set.of("reported", "reports");
    private static final Set<String> PLACE_NOUNS = Set.of("village", "town", "city", "suburb", "hamlet",
            "township", "municipality", "district", "neighbourhood", "neighborhood", "province", "region");
    private static final Set<String> PLACE_ADJECTIVES = Set.of("small", "tiny", "remote", "rural", "coastal",
            "northern", "southern", "eastern", "western", "central", "border", "mountain", "farming", "fishing",
            "mining", "port", "resort");
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest");
    private static final Set<String> CREDITS = Set.of("Reporting", "reporting", "Editing", "Writing", "Compiled");

    static boolean organisationNounBefore(List<Token> tokens, int from) {
        Token before = word(tokens, from - 1);
        return before != null && !before.capitalised()
                && (ORGANISATION_NOUNS.contains(before.text()) || before.text().endsWith("-maker"));
    }

    /** "at Walter Reed hospital", "the Sentinel newspaper": the name before a lowercase kind-of-body noun. */
    static boolean organisationNounAfter(List<Token> tokens, int to) {
        Token after = word(tokens, to);
        return after != null && ORGANISATION_NOUNS_AFTER.contains(after.text());
    }

    /** "according to [reports from] X", "X reported", "told X", "published on X", "credit: X": where news comes from. */
    static boolean sourceCue(List<Token> tokens, int from, int to) {
        Token after = word(tokens, to);
        if (after != null && REPORTING_VERBS.contains(after.text())) {
            return true;
        }
        // "according to The Wrap": the article before a title is no part of the cue
        int at = from > 0 && tokens.get(from - 1).text().equalsIgnoreCase("the") ? from - 1 : from;
        Token before = word(tokens, at - 1);
        Token twoBefore = word(tokens, at - 2);
        // "told the Argus Leader", "told The Hill": people are told without an article, outlets with one
        if (at < from && before != null && before.text().equals("told")) {
            return true;
        }
        // "told Gizmodo", "told VOA": one word no article introduces, where a person would have a full name
        if (at == from && to - from == 1 && before != null && before.text().equals("told")) {
            return true;
        }
        return before != null && before.text().equals("to") && twoBefore != null && twoBefore.text().equalsIgnoreCase("according")
                || before != null && before.text().equals("from") && twoBefore != null && twoBefore.text().equals("reports")
                // "Originally published on Live Science", "published in Nature", "published by Futurism"
                || before != null && (before.text().equals("on") || before.text().equals("in") || before.text().equals("by"))
                        && twoBefore != null && twoBefore.text().equals("published")
                // "a report in the Argus Leader", "an article in Wired"
                || before != null && (before.text().equals("in") || before.text().equals("by")) && twoBefore != null
                        && STORY_NOUNS.contains(twoBefore.text())
                // ", via USA Today, said": a comma sets the source off ("via Bluetooth" is a means)
                || before != null && before.text().equals("via") && at >= 2 && tokens.get(at - 2).text().equals(",")
                || requestForComment(tokens, to)
                || creditColon(tokens, at);
    }

    /** Nouns of a piece of journalism, before "in"/"by" and the outlet that ran it. */
    private static final Set<String> STORY_NOUNS = Set.of("report", "article", "story", "editorial", "column");

    /** "respond to The Hill's request for comment": only the press asks for comment. */
    private static boolean requestForComment(List<Token> tokens, int to) {
        return to + 3 < tokens.size() && tokens.get(to).text().equals("'s") && tokens.get(to + 1).text().equals("request")
                && tokens.get(to + 2).text().equals("for") && tokens.get(to + 3).text().equals("comment");
    }

    /** "(Image credit: All About Space)", "Photo credit: NASA": a picture credit names its source. */
    private static boolean creditColon(List<Token> tokens, int at) {
        return at >= 2 && tokens.get(at - 1).text().equals(":") && tokens.get(at - 2).text().equalsIgnoreCase("credit");
    }

    /** Lowercase nouns of a place's own services and people: "Forest Hill police", "Addison residents". */
    private static final Set<String> LOCAL_NOUNS = Set.of("police", "firefighters", "residents", "sheriff",
            "voters");

    /** "Forest Hill police officers": a name before a local service or its people is the place they serve. */
    static boolean localNounAfter(List<Token> tokens, int to) {
        Token after = word(tokens, to);
        return after != null && LOCAL_NOUNS.contains(after.text());
    }

    /** "Addison, a village", "of Ithaca" after a compass direction, "the town of Huade". */
    static boolean placeCue(List<Token> tokens, int from, int to) {
        Token before = word(tokens, from - 1);
        Token twoBefore = word(tokens, from - 2);
        if (before != null && before.text().equals("of") && twoBefore != null
                && (DIRECTIONS.contains(twoBefore.text()) || PLACE_NOUNS.contains(twoBefore.text()))
                && !(twoBefore.text().equals("city") || twoBefore.text().equals("region"))) {
            return true;
        }
        if (to + 2 < tokens.size() && tokens.get(to).text().equals(",")
                && (tokens.get(to + 1).text().equals("a") || tokens.get(to + 1).text().equals("an"))) {
            int k = to + 2;
            while (k < tokens.size() && PLACE_ADJECTIVES.contains(tokens.get(k).text())) {
                k++;
            }
            if (k < tokens.size() && PLACE_NOUNS.contains(tokens.get(k).text())) {
                Token after = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
                // "a city councilman" is a person's role, "a village southwest of" a place
                return after == null || !after.word() || NameWords.NOT_ROLE.contains(after.text())
                        || DIRECTIONS.contains(after.text());
            }
        }
        return false;
    }

    /** "in Senkata", "near Huade": a location preposition before a name that is not possessed or followed by a name. */
    static boolean locationBefore(List<Token> tokens, int from, int to) {
        Token before = word(tokens, from - 1);
        Token after = to < tokens.size() ? tokens.get(to) : null;
        return before != null && LOCATION_PREPOSITIONS.contains(before.text())
                && (after == null || !after.text().equals("'s") && !after.capitalised()
                        // "in Tays’ vehicle": a plural possessive owns something, it is no place
                        && !(after.text().equals("’") || after.text().equals("'")));
    }

    private static final Set<String> LOCATION_PREPOSITIONS = Set.of("in", "near", "outside");

    /** Lowercase nouns after a name that make it a place: "the Saemangeum area", "Zabul province". */
    private static final Set<String> AREA_NOUNS = Set.of("area", "region", "province", "district", "county",
            "prefecture", "village", "township");
    /** Lowercase facility nouns that belong to the place's name as written: "Hoa Lo prison". */
    private static final Set<String> FACILITY_NOUNS = Set.of("prison", "airport", "stadium", "bridge", "dam");

    /** The noun after a name that makes it a place, or null. */
    static String placeNounAfter(List<Token> tokens, int to) {
        Token after = word(tokens, to);
        return after != null && (AREA_NOUNS.contains(after.text()) || FACILITY_NOUNS.contains(after.text()))
                ? after.text() : null;
    }

    static boolean isFacility(String noun) {
        return FACILITY_NOUNS.contains(noun);
    }

    /** "(Reporting by Will Dunham; Editing by ...)": a wire story's credit line names people. */
    static boolean creditLine(List<Token> tokens, int from) {
        Token before = word(tokens, from - 1);
        Token twoBefore = word(tokens, from - 2);
        return before != null && before.text().equals("by") && twoBefore != null && CREDITS.contains(twoBefore.text());
    }

    private static Token word(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).word() ? tokens.get(i) : null;
    }
}
