package io.wirestream.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The round-6 rules on small made-up stories, none of them from a labelled article. */
class Round6RulesTest {

    private static Tagger tagger;

    @BeforeAll
    static void load() {
        tagger = Tagger.withDefaults();
    }

    @Test
    void agenciesNamedByWhatTheyDoStayWholeAndAreNoPeople() {
        Tags tags = tagger.tag("Fisheries and Ocean Protection, part of Marine Security, refused. The request went to "
                + "the Department of Coastal Affairs and Nora Quill, the Trade and Tourism Services head.", null, "en");

        assertThat(names(tags.organisations())).contains("Fisheries and Ocean Protection", "Trade and Tourism Services")
                .noneMatch(o -> o.contains("Nora"));
        assertThat(names(tags.people())).contains("Nora Quill")
                .doesNotContain("Ocean Protection", "Marine Security", "Tourism Services");
    }

    @Test
    void twoOutletsOrFirmsJoinedByAndAreTwo() {
        Tags tags = tagger.tag("The group owns the Denver Ledger and Kansas City Clarion Herald. Shares of HDBK and "
                + "Axis Harbour Bank rose.", null, "en");

        assertThat(names(tags.organisations())).contains("Kansas City Clarion Herald", "HDBK", "Axis Harbour Bank")
                .noneMatch(o -> o.contains(" and "));
    }

    @Test
    void aFirstNameAndATownSurnameIsAPersonNotTwoPlaces() {
        Tags tags = tagger.tag("The fund's founder argued with Elizabeth Warren about taxes last year.", null, "en");

        assertThat(names(tags.people())).contains("Elizabeth Warren");
        assertThat(names(tags.places())).doesNotContain("Elizabeth", "Warren");
    }

    @Test
    void aKnownPlaceEndingInAnOrganisationHeadIsThePlace() {
        Tags tags = tagger.tag("Farmers in the West Bank lost their olive harvest, the report said.", null, "en");

        assertThat(names(tags.places())).contains("West Bank");
        assertThat(names(tags.organisations())).doesNotContain("West Bank");
    }

    @Test
    void aRoyalKeepsTheTitleInTheName() {
        Tags tags = tagger.tag("Princess Beatrix opened the hospital wing on Friday. Beatrix thanked the nurses.", null,
                "en");

        assertThat(names(tags.people())).containsExactly("Princess Beatrix");
    }

    @Test
    void aPositionCodeBeforeANameMakesAPlayerAndALoneSurnameIsNoTown() {
        Tags tags = tagger.tag("Steelers LB Tomas Richardson was fined after the game on Sunday. Richardson said the "
                + "hit was late. The quarterback threw two touchdowns and the defense held in the fourth quarter; "
                + "the team, coach and players will review the NFL game film.", null, "en");

        assertThat(names(tags.people())).contains("Tomas Richardson");
        assertThat(names(tags.places())).doesNotContain("Richardson");
        assertThat(names(tags.organisations())).contains("Pittsburgh Steelers");
    }

    private static List<String> names(List<Tags.Entity> entities) {
        return entities.stream().map(Tags.Entity::name).toList();
    }
}
