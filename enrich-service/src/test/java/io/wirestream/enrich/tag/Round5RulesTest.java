package io.wirestream.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The round-5 rules on small made-up stories, none of them from a labelled article. */
class Round5RulesTest {

    private static Tagger tagger;

    @BeforeAll
    static void load() {
        tagger = Tagger.withDefaults();
    }

    @Test
    void headlineCaseLinesYieldOnlyKnownNames() {
        Tags tags = tagger.tag("Brenna Holt was found safe on Monday, officers in Dallas said.\n\n"
                + "Related Coverage\n"
                + "Officers Identify Woman Found Dead in Plano\n"
                + "Storm Leaves Thousands Without Power Near Houston\n\n"
                + "The search lasted two days, said Holt's uncle.", null, "en");

        assertThat(names(tags.people())).contains("Brenna Holt")
                .doesNotContain("Officers Identify Woman", "Identify Woman", "Storm Leaves Thousands");
        assertThat(names(tags.places())).contains("Dallas", "Plano", "Houston");
        assertThat(names(tags.organisations())).isEmpty();
    }

    @Test
    void aCreditLineInTitleCaseStillNamesItsPeople() {
        Tags tags = tagger.tag("The probe found ice under the crust, scientists said.\n"
                + "(Reporting by Tova Renner; Editing by Piet Hallam)", null, "en");

        assertThat(names(tags.people())).contains("Tova Renner", "Piet Hallam");
    }

    @Test
    void aCityPlayingIsTheClubOfThatCityTheStoryNames() {
        Tags tags = tagger.tag("The Wild have won four straight. Minnesota beat Buffalo 4-1 on Tuesday night as the "
                + "Sabres lost again. Goals, saves, season, league, coach, game, players, hockey.", null, "en");

        assertThat(names(tags.organisations())).contains("Minnesota Wild", "Buffalo Sabres")
                .doesNotContain("Minnesota", "Buffalo");
        assertThat(names(tags.places())).doesNotContain("Minnesota", "Buffalo");
    }

    @Test
    void spursAndWestHamAreClubs() {
        Tags tags = tagger.tag("Tottenham fans waited. Spurs beat West Ham 3-2 in the Premier League. The Hammers' manager "
                + "said the players fought. Goals, match, season, league, coach, striker, football.", null, "en");

        assertThat(names(tags.organisations())).contains("Tottenham Hotspur", "West Ham United")
                .doesNotContain("San Antonio Spurs");
    }

    @Test
    void nameEndingsOfFirmsPapersAndClinicsMakeOrganisations() {
        Tags tags = tagger.tag("Shares of Harrow Lane Partners rose after Quellon Pharmaceuticals said the Bexfield "
                + "Courier and the Dunmore Clinic had reported the results.", null, "en");

        assertThat(names(tags.organisations())).contains("Harrow Lane Partners", "Quellon Pharmaceuticals",
                "Bexfield Courier", "Dunmore Clinic");
        assertThat(names(tags.people())).isEmpty();
    }

    @Test
    void anOrdinaryWordOpeningASentenceBeforeOfIsNoPartOfTheName() {
        Tags tags = tagger.tag("Talks went on. Residents of Plano protested. University of Brantmoor "
                + "staff joined them.", null, "en");

        assertThat(names(tags.places())).contains("Plano");
        assertThat(Tagger.names(tags.organisations())).doesNotContain("Residents of Plano");
        assertThat(Tagger.names(tags.people())).doesNotContain("Residents of Plano");
        assertThat(names(tags.organisations())).contains("University of Brantmoor");
    }

    @Test
    void aMiddleInitialKeepsAFirstNameThatIsAlsoACityInTheNameAndAPluralPossessiveIsNoPlace() {
        Tags tags = tagger.tag("Officers arrested Elizabeth R. Quorn, 32, of Franklin. A dog later alerted in "
                + "Hallets’ vehicle, police said.", null, "en");

        assertThat(names(tags.people())).contains("Elizabeth R. Quorn");
        assertThat(names(tags.places())).doesNotContain("Elizabeth", "Hallets");
    }

    @Test
    void curatedBodiesAddedInRound5AreOrganisationsByTheirShortForms() {
        Tags tags = tagger.tag("The FDA and the EPA both declined to comment, and AT&T shares fell while Wikileaks "
                + "posted the files. Analysts at Credit Suisse disagreed.", null, "en");

        assertThat(names(tags.organisations())).contains("Food and Drug Administration",
                "Environmental Protection Agency", "AT&T", "WikiLeaks", "Credit Suisse");
    }

    @Test
    void smallerTownsOfSeveralWordsAreInTheGazetteerButNotOnesOpeningWithAFirstName() {
        Tags tags = tagger.tag("Officials from Cuyahoga Falls and Walnut Creek met on Monday.", null, "en");

        assertThat(names(tags.places())).contains("Cuyahoga Falls", "Walnut Creek");
        Gazetteer gazetteer = Gazetteer.load();
        assertThat(gazetteer.place("Walnut Creek")).isNotNull();
        assertThat(gazetteer.place("Alice Springs")).isNull();
        assertThat(gazetteer.place("New Brunswick").countryCode()).isEqualTo("CA");
    }

    @Test
    void aStreetWhereSomethingHappensIsAPlaceButAnAddressOrWallStreetIsNot() {
        Tags tags = tagger.tag("Officers stopped a car near Quillan Avenue and 23rd Street and arrested Dora Pell, "
                + "29, of 1410 Marrow Road. Wall Street analysts were unmoved. Nathan Lane was not there.", null, "en");

        assertThat(names(tags.places())).contains("Quillan Avenue", "23rd Street")
                .doesNotContain("Marrow Road", "Wall Street", "Nathan Lane");
    }

    @Test
    void anOutletIsToldWithAnArticleAndAPlaceHasItsPolice() {
        Tags tags = tagger.tag("\"We are done,\" Mara Quist told the Tillbrook Sentinel on Friday. Officers from "
                + "Ravel Hill police searched the motel. A Liberal Democrat spokesman declined to comment.", null, "en");

        assertThat(names(tags.organisations())).contains("Tillbrook Sentinel", "Liberal Democrats");
        assertThat(names(tags.places())).contains("Ravel Hill");
        assertThat(names(tags.people())).contains("Mara Quist")
                .doesNotContain("Tillbrook Sentinel", "Ravel Hill", "Liberal Democrat");
    }

    @Test
    void jailsAndSideStreetsArePlacesProgrammesAndOpenersAreNoNames() {
        Tags tags = tagger.tag("Two Pellbrook County deputies drove Ona Vetch, 40, of 88 Tarrow St., to the Pellbrook "
                + "County Jail after a stop near Hessen Place. Welcome Jose, the banner said. The Solar Homes Program "
                + "paid for it, and VIP guests came.", null, "en");

        assertThat(names(tags.places())).contains("Pellbrook County", "Pellbrook County Jail", "Hessen Place")
                .doesNotContain("Two Pellbrook County", "Tarrow St.");
        assertThat(names(tags.people())).contains("Ona Vetch")
                .doesNotContain("Welcome Jose", "Pellbrook County Jail", "Tarrow St.");
        assertThat(names(tags.organisations())).doesNotContain("Solar Homes Program", "VIP");
    }

    @Test
    void aHyphenatedFirstNameOpensAPersonsName() {
        Tags tags = tagger.tag("The talks were chaired by Anne-Lise Varrand, and Hao-Ming Teller took notes.", null, "en");

        assertThat(names(tags.people())).contains("Anne-Lise Varrand", "Hao-Ming Teller");
        assertThat(names(tags.organisations())).doesNotContain("Anne-Lise Varrand", "Hao-Ming Teller");
    }

    @Test
    void typographicApostrophesMatchPlainOnesInTheEvaluation() {
        assertThat(TagEvaluationTest.key("The People’s Daily")).isEqualTo(TagEvaluationTest.key("People's Daily"));
    }

    private static List<String> names(List<Tags.Entity> entities) {
        return Tagger.names(entities);
    }
}
