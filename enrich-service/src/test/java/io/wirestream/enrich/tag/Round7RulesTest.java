package io.wirestream.enrich.tag;

import static io.wirestream.enrich.tag.Tagger.names;
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

    @Test
    void aHyphenatedOwnerCompoundSplitsTwoNames() {
        Tags tags = tag("The Labour Party-controlled Council of Wessex voted, and the Kremlin-backed Nordvest Agency "
                + "reported it.");

        assertThat(names(tags.organisations())).contains("Labour Party", "Council of Wessex", "Nordvest Agency")
                .noneMatch(o -> o.contains("-controlled") || o.contains("-backed"));
    }

    @Test
    void theHouseInACongressStoryIsTheHouseOfRepresentatives() {
        Tags congress = tag("The bill passed the House on Tuesday and goes to the Senate next week.");
        Tags home = tag("The family sold the House on the hill to a neighbour.");

        assertThat(names(congress.organisations())).contains("House of Representatives");
        assertThat(names(home.organisations())).doesNotContain("House of Representatives");
    }

    @Test
    void aJournalTitleWithOfIsOneOutletAndPublishedOrCreditNamesASource() {
        Tags tags = tag("The study appears in the Proceedings of the Royal Tidewater Society this week. Originally "
                + "published on Orbit Daily Digest. (Image credit: Skyframe Pictures)");

        assertThat(names(tags.organisations())).contains("Proceedings of the Royal Tidewater Society",
                "Orbit Daily Digest", "Skyframe Pictures").doesNotContain("Royal Tidewater Society");
    }

    @Test
    void aPersonsPossessiveBeforeABodyIsNoPartOfIt() {
        Tags tags = tag("Talent manager Roy Halvard built the firm. Halvard's Ostmark Holdings then bought the label.");

        assertThat(names(tags.organisations())).contains("Ostmark Holdings").noneMatch(o -> o.startsWith("Halvard"));
    }

    @Test
    void undottedRanksAreTitlesAnObservatoryIsAPlaceAndACuratedRoyalKeepsHerName() {
        Tags tags = tag("Lt Col Martin Okafor testified on Tuesday. Astronomers at the Tellen Ridge Observatory "
                + "watched, and Queen Elizabeth was told.");

        assertThat(names(tags.people())).contains("Martin Okafor", "Elizabeth II").noneMatch(p -> p.startsWith("Lt"));
        assertThat(names(tags.places())).contains("Tellen Ridge Observatory");
    }

    @Test
    void swimmingAndSpaceWordsFileTheirStories() {
        Tags swim = tag("Kellan Rusk won the 100 yard freestyle and the backstroke, and the diver Amy Holt took "
                + "first in the medley at the state meet.");
        Tags space = tag("The space agency picked two companies to build lunar landers; a rover and a spacecraft "
                + "follow, the companies said.");

        assertThat(swim.topics().getFirst().qcode()).isEqualTo("medtop:15000000");
        assertThat(space.topics().getFirst().qcode()).isEqualTo("medtop:13000000");
    }

    @Test
    void aKnownTownBeforeMastheadWordsIsANewspaper() {
        Tags tags = tag("The Fresno Bee and the Tulsa Post-Courier reported it first; the Omaha Times Herald "
                + "followed. A Times reporter and Ben Star were there.");

        assertThat(names(tags.organisations())).contains("Fresno Bee", "Tulsa Post-Courier", "Omaha Times Herald")
                .doesNotContain("Star", "Times");
        assertThat(names(tags.places())).doesNotContain("Fresno", "Tulsa", "Omaha");
    }
}
