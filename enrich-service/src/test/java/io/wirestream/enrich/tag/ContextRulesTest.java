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

    @Test
    void smallPlacesAreKnownByTheWordsAroundThem() {
        Tags tags = tagger.tag("ST. ALDRIC, Mich. (AP) — A solar farm is planned in the Vellamar area. Protesters "
                + "gathered in Quorrin on Monday. Two men were held at the Dak Vo prison.", null, "en");

        assertThat(names(tags.places())).contains("St. Aldric", "Vellamar", "Quorrin", "Dak Vo prison");
        assertThat(names(tags.people())).doesNotContain("Vellamar", "Quorrin");
    }

    @Test
    void aRecurringLastWordThatTheArticleAlsoUsesAsAWordIsNoSurname() {
        String story = "The studio unveiled Blue Lantern on Monday. Lantern sales rose as the %s glowed.";

        assertThat(names(tagger.tag(story.formatted("lantern"), null, "en").people())).doesNotContain("Blue Lantern");
        // the same story without the everyday word still reads the name as a person: the rule is what decides
        assertThat(names(tagger.tag(story.formatted("lamp"), null, "en").people())).contains("Blue Lantern");
    }

    @Test
    void videoGameAndGadgetStoriesAreFiledUnderLeisureAndTechnology() {
        Tags game = tagger.tag("Review: the new video game runs at 30fps on consoles.", "Gamers wait for the "
                + "video game port as the console makers promise more gaming", "en");
        Tags gadget = tagger.tag("The laptop has a new keyboard and a faster processor; the laptops ship in "
                + "spring with a larger display and the keyboards are quieter.", "New laptop keyboard", "en");

        assertThat(game.topics().getFirst().qcode()).isEqualTo("medtop:10000000");
        assertThat(gadget.topics().getFirst().qcode()).isEqualTo("medtop:13000000");
    }

    @Test
    void productsDoctrinesAndShoutedWordsAreNoNamesButOwnersAndInitialsAre() {
        Tags tags = tagger.tag("Rolling Stone reported the news. The Google Quasar 2 console launches soon, critics "
                + "of Radical Mutualism said. So is it true? The answer IS a clear no. Tomasz Wrobel's SpaceX rival "
                + "was praised. The film was directed by K.T. Oduya; Oduya said little.", null, "en");

        assertThat(names(tags.organisations())).contains("Rolling Stone", "SpaceX").doesNotContain("Stone", "IS");
        assertThat(names(tags.people())).contains("Tomasz Wrobel", "K.T. Oduya")
                .doesNotContain("Google Quasar", "Radical Mutualism");
    }

    @Test
    void acronymsOfThingsProductsAndVenuesAreNeitherCompaniesNorPeople() {
        Tags tags = tagger.tag("The new AWD SUV has LED lights and two EVs in tow, like the PV panels. Reviewers "
                + "liked the Quillbook Pro and the Harbor Edition. Virginia Democrats met at the Lakeside Amphitheatre "
                + "near the Royal Infirmary.", null, "en");

        assertThat(names(tags.organisations())).doesNotContain("AWD", "SUV", "LED", "EVs", "PV")
                .contains("Virginia Democrats", "Royal Infirmary");
        assertThat(names(tags.people())).isEmpty();
    }

    private static List<String> names(List<Tags.Entity> entities) {
        return Tagger.names(entities);
    }
}
