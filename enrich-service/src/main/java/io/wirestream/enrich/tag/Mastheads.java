package io.wirestream.enrich.tag;

import java.util.List;
import java.util.Set;

/**
 * Newspapers named by their town and a masthead word: "Sacramento Bee", "San Jose Mercury News",
 * "Pittsburgh Post-Gazette", "USA Today". The masthead words alone are everyday words or surnames
 * ("Times", "Star", "Bee"), so they make an outlet only after a place the gazetteer knows.
 */
final class Mastheads {

    private static final Set<String> WORDS = Set.of("Times", "Post", "News", "Herald", "Tribune", "Journal",
            "Gazette", "Bee", "Star", "Sun", "Globe", "Chronicle", "Examiner", "Register", "Record", "Dispatch",
            "Courier", "Observer", "Inquirer", "Telegraph", "Leader", "Today", "Mercury", "Picayune", "Union",
            "Press", "Daily", "Democrat", "Republican", "Sentinel", "Statesman", "Enquirer", "Advocate", "Courant",
            "Standard", "Express", "Citizen", "Tribune-Review", "Free", "Morning", "Evening", "Weekly");
    /** Words a masthead may end in; the others only open it ("Free Press", "Morning News"). */
    private static final Set<String> LAST = Set.of("Times", "Post", "News", "Herald", "Tribune", "Journal",
            "Gazette", "Bee", "Star", "Sun", "Globe", "Chronicle", "Examiner", "Register", "Record", "Dispatch",
            "Courier", "Observer", "Inquirer", "Telegraph", "Today", "Picayune", "Press", "Sentinel", "Statesman",
            "Enquirer", "Advocate", "Courant", "Standard", "Express", "Citizen");

    private Mastheads() {
    }

    /** Whether the run is a known place followed by masthead words ("Los Angeles Times", "News-Register"). */
    static boolean outlet(List<String> words, Gazetteer gazetteer) {
        if (words.size() < 2 || !last(words.getLast())) {
            return false;
        }
        int mast = words.size();
        while (mast > 1 && masthead(words.get(mast - 1))) {
            mast--;
        }
        return mast < words.size() && gazetteer.place(String.join(" ", words.subList(0, mast))) != null;
    }

    private static boolean masthead(String word) {
        if (word.indexOf('-') < 0) {
            return WORDS.contains(word);
        }
        for (String part : word.split("-")) {
            if (!WORDS.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean last(String word) {
        int dash = word.lastIndexOf('-');
        return LAST.contains(dash < 0 ? word : word.substring(dash + 1));
    }
}
