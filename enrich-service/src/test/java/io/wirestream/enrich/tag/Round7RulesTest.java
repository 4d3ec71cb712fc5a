package io.wirestream.enrich.tag;

import static io.wirestream.enrich.tag.TaggerFixture.names;
import static io.wirestream.enrich.tag.TaggerFixture.tag;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The round-7 rules and the brand list on small made-up stories, none of them from a labelled article. */
class Round7RulesTest {

    @Test
    void aListedBrandIsTheFirmEvenBeforeASpeechVerb() {
        Tags tags = tag("Duolingo said on Monday it would hire 40 people. Shares of Etsy and Zendesk rose, and "
                + "Hugging Face opened an office.");

        assertThat(names(tags.organisations())).contains("Duolingo", "Etsy", "Zendesk", "Hugging Face");
        assertThat(names(tags.people())).doesNotContain("Duolingo");
    }

    @Test
    void aListedBrandYieldsToAPersonAWordAndAnOwner() {
        Tags tags = tag("Mara Peloton, a coach, spoke first. Peloton later thanked the crowd. Her shop sells kodak "
                + "film, and Kodak prints. Later Garmin's Stadia watch and the Stadia app came out.");

        assertThat(names(tags.people())).contains("Mara Peloton");
        assertThat(names(tags.organisations())).doesNotContain("Peloton", "Kodak", "Stadia");
    }

    @Test
    void namesListedAfterAPluralOrganisationNounAreOrganisations() {
        Tags tags = tag("The agency picked four companies selected from 30 bidders last year: Orvane, Teller Deep "
                + "Systems, Quorra Lift and Brisk Harbor. Rights groups such as Open Ledger Watch and Kivu Justice "
                + "objected.");

        assertThat(names(tags.organisations())).contains("Orvane", "Teller Deep Systems", "Quorra Lift", "Brisk Harbor",
                "Open Ledger Watch", "Kivu Justice");
    }

    @Test
    void aListAfterAnOrganisationNounKeepsPeopleAndPlacesApart() {
        Tags tags = tag("The firms named Jane Corlett and Tom Avery to their boards. Airlines such as Canada and "
                + "Norway were not named.");

        assertThat(names(tags.organisations())).doesNotContain("Jane Corlett", "Tom Avery", "Canada", "Norway");
    }
}
