package io.wirestream.enrich.tag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * US states as datelines, addresses and party tags abbreviate them: the AP forms ("DeKalb, Ill.", "Sen. Ben
 * Sasse, R-Neb.") and the postal codes ("San Francisco, CA"). Many are words or names elsewhere ("Ill",
 * "Miss", "Wash", "IN", "OR"), so they name the state only right after "Town," or in a party tag.
 */
final class StateCodes {

    private static final String[][] STATES = {
            {"Alabama", "Ala", "AL"}, {"Alaska", "Alaska", "AK"}, {"Arizona", "Ariz", "AZ"}, {"Arkansas", "Ark", "AR"},
            {"California", "Calif", "CA"}, {"Colorado", "Colo", "CO"}, {"Connecticut", "Conn", "CT"},
            {"Delaware", "Del", "DE"}, {"Florida", "Fla", "FL"}, {"Georgia", "Ga", "GA"}, {"Hawaii", "Hawaii", "HI"},
            {"Idaho", "Idaho", "ID"}, {"Illinois", "Ill", "IL"}, {"Indiana", "Ind", "IN"}, {"Iowa", "Iowa", "IA"},
            {"Kansas", "Kan", "KS"}, {"Kentucky", "Ky", "KY"}, {"Louisiana", "La", "LA"}, {"Maine", "Maine", "ME"},
            {"Maryland", "Md", "MD"}, {"Massachusetts", "Mass", "MA"}, {"Michigan", "Mich", "MI"},
            {"Minnesota", "Minn", "MN"}, {"Mississippi", "Miss", "MS"}, {"Missouri", "Mo", "MO"},
            {"Montana", "Mont", "MT"}, {"Nebraska", "Neb", "NE"}, {"Nevada", "Nev", "NV"},
            {"New Hampshire", "N.H.", "NH"}, {"New Jersey", "N.J.", "NJ"}, {"New Mexico", "N.M.", "NM"},
            {"New York", "N.Y.", "NY"}, {"North Carolina", "N.C.", "NC"}, {"North Dakota", "N.D.", "ND"},
            {"Ohio", "Ohio", "OH"}, {"Oklahoma", "Okla", "OK"}, {"Oregon", "Ore", "OR"}, {"Pennsylvania", "Pa", "PA"},
            {"Rhode Island", "R.I.", "RI"}, {"South Carolina", "S.C.", "SC"}, {"South Dakota", "S.D.", "SD"},
            {"Tennessee", "Tenn", "TN"}, {"Texas", "Texas", "TX"}, {"Utah", "Utah", "UT"}, {"Vermont", "Vt", "VT"},
            {"Virginia", "Va", "VA"}, {"Washington", "Wash", "WA"}, {"West Virginia", "W.Va", "WV"},
            {"Wisconsin", "Wis", "WI"}, {"Wyoming", "Wyo", "WY"}};
    private static final Map<String, String> BY_CODE = new HashMap<>();

    static {
        for (String[] s : STATES) {
            BY_CODE.put(s[1], s[0]);
            BY_CODE.put(s[2], s[0]);
        }
    }

    private StateCodes() {
    }

    /** The state a party tag's code names ("Neb" of "R-Neb", "TX" of "R-TX"), or null. */
    static String state(String code) {
        return BY_CODE.get(code);
    }

    /** The state abbreviated at {@code i} right after "Town," ("DeKalb, Ill.", "Gladstone, NJ"), or null. */
    static String afterTown(List<Token> tokens, int i) {
        if (i < 2 || i >= tokens.size() || !tokens.get(i - 1).text().equals(",")) {
            return null;
        }
        Token town = tokens.get(i - 2);
        Token code = tokens.get(i);
        if (!town.word() || !town.capitalised() || !code.word()) {
            return null;
        }
        // the AP forms end in a period ("Ill."), unless dotted already ("N.J."); postal codes are two capitals
        boolean dotted = code.text().endsWith(".") || i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".");
        boolean postal = code.text().length() == 2 && code.text().chars().allMatch(Character::isUpperCase);
        return dotted || postal ? BY_CODE.get(code.text()) : null;
    }
}
