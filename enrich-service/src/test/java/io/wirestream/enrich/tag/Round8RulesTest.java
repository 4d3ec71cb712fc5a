package io.wirestream.enrich.tag;

import static io.wirestream.enrich.tag.Tagger.names;
import static io.wirestream.enrich.tag.TaggerFixture.tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The round-8 lists and rules on small made-up stories, none of them from a labelled article. */
class Round8RulesTest {

    @Test
    void firstNamesBeyondTheEnglishListOpenAPersonsName() {
        Tags tags = tag("The talks were led by Oleksandr Hrytsenko and Aisha Bellomo, while Mehmet Aydinli stayed "
                + "home.");

        assertThat(names(tags.people())).contains("Oleksandr Hrytsenko", "Aisha Bellomo", "Mehmet Aydinli");
    }

    @Test
    void aFirstNameThatOpensAPlaceOrIsAWordStaysOut() {
        Tags tags = tag("The convoy crossed Sierra Leone before the Oscar Awards night in the capital.");

        assertThat(names(tags.places())).contains("Sierra Leone");
        assertThat(names(tags.people())).isEmpty();
    }

    @Test
    void firmsAndBandsOfTheLexiconAreOrganisations() {
        Tags tags = tag("Goodyear cut its outlook on Tuesday. Walgreens and Halliburton fell, and Def Leppard "
                + "cancelled a show.");

        assertThat(names(tags.organisations())).contains("Goodyear", "Walgreens", "Halliburton", "Def Leppard");
        assertThat(names(tags.people())).doesNotContain("Def Leppard");
    }

    @Test
    void anIndexOfTheMarketReportIsNoBody() {
        Tags tags = tag("Stocks were mixed: the Nasdaq rose 0.2% while bond yields fell.");

        assertThat(names(tags.organisations())).doesNotContain("Nasdaq");
    }

    @Test
    void wellKnownPeopleOfTheLexiconNeedNoCue() {
        Tags tags = tag("The prize went to a start-up founder, not to Bill Gates or Tiger Woods.");

        assertThat(names(tags.people())).contains("Bill Gates", "Tiger Woods");
    }

    @Test
    void aLowercaseKindOfBodyAfterANameMakesItTheBody() {
        Tags tags = tag("She was taken to Walter Brennan hospital and later spoke to the Fenwick Courier-Post "
                + "newspaper about the Glimmer magazine cover.");

        assertThat(names(tags.organisations())).contains("Walter Brennan", "Glimmer");
        assertThat(names(tags.people())).doesNotContain("Walter Brennan");
    }

    @Test
    void namesJoinedByAnAmpersandAreOneFirm() {
        Tags tags = tag("Auditors at Brill & Castell signed off, and Harrow & Finch Co. bought the rest. Trinidad & "
                + "Tobago voted, the cartoon Tom & Jerry aired, and the Stone & Reed Hall of Fame opened.");

        // the legal ending goes, as for every firm
        assertThat(names(tags.organisations()))
                .contains("Brill & Castell", "Harrow & Finch", "Stone & Reed Hall of Fame")
                .doesNotContain("Trinidad & Tobago", "Tom & Jerry");
        assertThat(names(tags.people())).doesNotContain("Brill", "Castell", "Finch");
    }

    @Test
    void anAmpersandInAProductOrADivisionMakesNoFirm() {
        Tags tags = tag("said Mara Quist, vice president, Nissan Parts & Service Operations, on Monday. The Snap & "
                + "Fold seat lets you fold it flat, and the Kestrel Door & Window sensor is new.");

        assertThat(names(tags.organisations())).noneMatch(o -> o.contains("&"));
    }

    @Test
    void anAbbreviatedStateAfterATownNamesTheStateAndPlacesTheTown() {
        Tags tags = tag("MAPLE HOLLOW -- The game was played in Maple Hollow, Ill., on Friday. Sen. Joan Reddick, "
                + "R-Neb., and Rep. Tom Alder, R-TX, spoke. The office is at 12 Main Street, Drexel Point, NJ 07001.");

        assertThat(names(tags.places())).contains("Illinois", "Nebraska", "Texas", "New Jersey", "Maple Hollow",
                "Drexel Point");
    }

    @Test
    void aStateCodeIsAWordElsewhere() {
        Tags tags = tag("He felt Ill. He said OK, and IN the end he went home. Miss Marple smiled.");

        assertThat(names(tags.places())).doesNotContain("Illinois", "Oklahoma", "Indiana", "Mississippi");
    }

    @Test
    void aStatesNameBeforeItsOwnCodeIsTheCity() {
        Tags tags = tag("New York, NY - The agency opened an office on Monday.");

        assertThat(names(tags.places())).contains("New York City");
    }

    @Test
    void aHyphenatedPairOfPlacesNamesBoth() {
        Tags tags = tag("Hopes for a Peru-Chile deal rose, traffic on the Lima-Santiago route fell, and shares of "
                + "Asia-Pacific firms were flat near the Qinghai-Tibet plateau.");

        assertThat(names(tags.places())).contains("Peru", "Chile", "Lima", "Santiago")
                .doesNotContain("Pacific", "Qinghai", "Tibet");
    }

    @Test
    void firmEndingsOfRound8MakeOrganisations() {
        Tags tags = tag("Analysts at Corvane Healthcare, Blue Kite Animation and Tessaro Robotics said Lumen Solutions "
                + "would merge with Quill Interactive.");

        assertThat(names(tags.organisations())).contains("Corvane Healthcare", "Blue Kite Animation",
                "Tessaro Robotics", "Lumen Solutions", "Quill Interactive");
        assertThat(names(tags.people())).isEmpty();
    }

    @Test
    void aListedFirmBeforeAndIsANameOfItsOwn() {
        Tags tags = tag("On Monday, Ubisoft and Quill Holdings cut prices.");

        assertThat(names(tags.organisations())).contains("Ubisoft", "Quill Holdings")
                .doesNotContain("Ubisoft and Quill Holdings");
    }

    @Test
    void sourcesNamedByHowTheNewsReachedTheWriter() {
        Tags tags = tag("A doctor told Zentrix that he had tried to help. This article was originally published by "
                + "Corvid. The office did not respond to The Ledgerpost's request for comment, according to a report "
                + "in the Dunmore Clarion of Sioux Falls. The coach, via Sportsbeat, said he was sorry.");

        assertThat(names(tags.organisations())).contains("Zentrix", "Corvid", "Ledgerpost", "Dunmore Clarion",
                "Sportsbeat");
        assertThat(names(tags.places())).contains("Sioux Falls");
    }

    @Test
    void aPersonToldByNameOrAMeansAfterViaIsNoSource() {
        Tags tags = tag("Anna Kessler spoke first. Later she told Kessler's brother, and the lock works via Bluetooth "
                + "and via Zigbee.");

        assertThat(names(tags.organisations())).doesNotContain("Bluetooth", "Zigbee", "Kessler");
    }

    @ParameterizedTest
    @MethodSource("storiesAndTheirTopic")
    void theFirstTopicIsTheOneToFileTheStoryUnder(String qcode, String story) {
        assertThat(tag(story).topics().getFirst().qcode()).isEqualTo(qcode);
    }

    static Stream<Arguments> storiesAndTheirTopic() {
        return Stream.of(
                // "game" and "player" mean the video game in a gaming story
                Arguments.of("medtop:10000000",
                        "The new console streams every game in 4K. Players who own an Xbox can keep their saves, and "
                        + "the game library grows each month. Gaming fans said the game ran well, and players liked "
                        + "the console's controller."),
                // a match report stays sport
                Arguments.of("medtop:15000000",
                        "The team won the game 3-1 as the players celebrated a late goal. The coach praised the "
                        + "season's best game, and the league table moved."),
                // an ad campaign is advertising, not an election
                Arguments.of("medtop:04000000",
                        "The ad agency behind the campaign was paid for the ad campaign. Advertisers and marketers "
                        + "praised the advertising campaign, and the agency plans another marketing campaign."),
                // an anti-drug campaign is a social issue
                Arguments.of("medtop:14000000",
                        "The state launched an anti-drug campaign against meth. The anti-drug campaign follows an "
                        + "earlier campaign on opioids and addiction."),
                // songwriters and record labels are music
                Arguments.of("medtop:01000000",
                        "The songwriter left her record label after a dispute with the company over the masters. "
                        + "The musician and a rapper she works with plan new tour dates, and her company's revenue "
                        + "rose."));
    }
}
