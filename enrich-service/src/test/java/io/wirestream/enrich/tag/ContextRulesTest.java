package io.wirestream.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The round-3 rules (context cues, spans, teams) on small made-up stories, none of them from the labelled set. */
class ContextRulesTest {

    private static Tagger tagger;

    @BeforeAll
    static void load() {
        tagger = Tagger.withDefaults();
    }

    @Test
    void aTitleMakesAPersonWhateverStandsBeforeItAndThePrefixIsReadForPlacesAndBodies() {
        Tags tags = tagger.tag("Ohio GOP Gov. Darrow Pellerin and Emirates President Halvard Quist met on Monday. "
                + "White House Press Secretary Odile Brannagh said nothing.", null, "en");

        assertThat(names(tags.people())).contains("Darrow Pellerin", "Halvard Quist", "Odile Brannagh");
        assertThat(names(tags.places())).contains("Ohio");
        assertThat(names(tags.organisations())).contains("Republican Party", "Emirates", "White House")
                .doesNotContain("White House Press");
    }

    @Test
    void anAcronymInBracketsMakesTheSpelledOutNameOneOrganisationButNotAnIndex() {
        Tags tags = tagger.tag("The Korvan Ministry of Rail, Ports and Energy (MORPE) unveiled a plan. MORPE said "
                + "costs would fall. Hong Kong's Hang Seng Index (HSI) rose 1%.", null, "en");

        assertThat(names(tags.organisations())).contains("Korvan Ministry of Rail, Ports and Energy")
                .doesNotContain("Hang Seng Index", "HSI", "MORPE");
    }

    @Test
    void namesListedBeforeAPluralPlaceNounArePlacesOfThatKind() {
        Tags tags = tagger.tag("Cases were reported in Allard, Bexley and Van Tassel counties last week.", null, "en");

        assertThat(names(tags.places())).contains("Allard County", "Bexley County", "Van Tassel County");
    }

    @Test
    void contextStatesTypeWhenTheNameDoesNot() {
        Tags tags = tagger.tag("Prices rose, said Odo Varga, an analyst with the research firm Quillmark. "
                + "According to The Brindle Review, talks failed. Tamsin Orr, 55, of Pellham, a village southwest "
                + "of Greyhaven, was charged. Sens. Cory Brandt and Oluwadamilare Okonkwo voted no. "
                + "(Reporting by Will Dunham; Editing by Jane Roe)", null, "en");

        assertThat(names(tags.organisations())).contains("Quillmark", "Brindle Review");
        assertThat(names(tags.places())).contains("Pellham", "Greyhaven");
        assertThat(names(tags.people())).contains("Cory Brandt", "Oluwadamilare Okonkwo", "Will Dunham")
                .doesNotContain("Pellham", "Greyhaven", "Brindle Review");
    }

    @Test
    void inASportStoryNicknamesAreTeamsAndCountriesPlayingEachOtherAreNationalTeams() {
        Tags tags = tagger.tag("The Sabres beat the Wild 4-1 in the hockey game. Sabres coach Ralph Krueger praised "
                + "the team. In the tennis cup, Norway beat Peru in the first tie and Chile defeated Ghana. "
                + "Peru's hopes faded. Teodor Brynjulf of Iceland watched in Madrid. Match points, sets, goals, "
                + "tournament, players, coach, season, league.", null, "en");

        assertThat(names(tags.organisations())).contains("Buffalo Sabres", "Minnesota Wild", "Norway", "Peru", "Chile",
                "Ghana");
        assertThat(names(tags.places())).contains("Iceland", "Madrid").doesNotContain("Peru", "Norway");
    }

    @Test
    void wherePlacesAndStreetsAreNotThoseOfTheRulesNone() {
        Tags tags = tagger.tag("On Wall Street, stocks fell, and Brent LCOc1 slid. Cases of the disease first appeared "
                + "in West Michigan. Fans of the Wild cheered.", null, "en");

        assertThat(names(tags.places())).contains("West Michigan").doesNotContain("Brent", "Wall Street");
        assertThat(names(tags.people())).doesNotContain("Wall Street");
        // not a sport story: "Wild" is a word, not the Minnesota team
        assertThat(names(tags.organisations())).doesNotContain("Minnesota Wild");
    }

    private static List<String> names(List<Tags.Entity> entities) {
        return Tagger.names(entities);
    }
}
