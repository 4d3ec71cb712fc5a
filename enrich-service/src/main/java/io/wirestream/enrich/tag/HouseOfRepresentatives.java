package io.wirestream.enrich.tag;

import java.util.List;

/**
 * "the House" in a story about the US Congress is the House of Representatives: "impeached by the House and
 * removed by the Senate". Only when the story names the Senate or Congress, so a house of another country
 * or a building ("the House of Commons", "the House on the hill") is not read so.
 */
final class HouseOfRepresentatives {

    static final String NAME = "House of Representatives";

    private HouseOfRepresentatives() {
    }

    static boolean meant(List<Token> tokens, int from, int to, String text) {
        if (to - from != 1 || !tokens.get(from).text().equals("House") || from == 0
                || !tokens.get(from - 1).text().equalsIgnoreCase("the")) {
            return false;
        }
        Token after = to < tokens.size() ? tokens.get(to) : null;
        return (after == null || !after.text().equals("of")) && (text.contains("Senate") || text.contains("Congress"));
    }
}
