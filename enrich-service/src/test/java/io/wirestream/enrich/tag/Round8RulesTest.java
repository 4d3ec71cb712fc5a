package io.wirestream.enrich.tag;

import static io.wirestream.enrich.tag.Tagger.names;
import static io.wirestream.enrich.tag.TaggerFixture.tag;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The round-8 lists on small made-up stories, none of them from a labelled article. */
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
}
