package io.wirestream.enrich.tag;

import static io.wirestream.enrich.tag.Tagger.names;
import static io.wirestream.enrich.tag.TaggerFixture.tag;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The round-6 rules on small made-up stories, none of them from a labelled article. */
class Round6RulesTest {

    @Test
    void agenciesNamedByWhatTheyDoStayWholeAndAreNoPeople() {
        Tags tags = tag("Fisheries and Ocean Protection, part of Marine Security, refused. The request went to "
                + "the Department of Coastal Affairs and Nora Quill, the Trade and Tourism Services head.");

        assertThat(names(tags.organisations())).contains("Fisheries and Ocean Protection", "Trade and Tourism Services")
                .noneMatch(o -> o.contains("Nora"));
        assertThat(names(tags.people())).contains("Nora Quill")
                .doesNotContain("Ocean Protection", "Marine Security", "Tourism Services");
    }

    @Test
    void twoOutletsOrFirmsJoinedByAndAreTwo() {
        Tags tags = tag("The group owns the Denver Ledger and Kansas City Clarion Herald. Shares of HDBK and "
                + "Axis Harbour Bank rose.");

        assertThat(names(tags.organisations())).contains("Kansas City Clarion Herald", "HDBK", "Axis Harbour Bank")
                .noneMatch(o -> o.contains(" and "));
    }

    @Test
    void aFirstNameAndATownSurnameIsAPersonNotTwoPlaces() {
        Tags tags = tag("The fund's founder argued with Elizabeth Warren about taxes last year.");

        assertThat(names(tags.people())).contains("Elizabeth Warren");
        assertThat(names(tags.places())).doesNotContain("Elizabeth", "Warren");
    }

    @Test
    void aKnownPlaceEndingInAnOrganisationHeadIsThePlace() {
        Tags tags = tag("Farmers in the West Bank lost their olive harvest, the report said.");

        assertThat(names(tags.places())).contains("West Bank");
        assertThat(names(tags.organisations())).doesNotContain("West Bank");
    }

    @Test
    void aRoyalKeepsTheTitleInTheName() {
        Tags tags = tag("Princess Beatrix opened the hospital wing on Friday. Beatrix thanked the nurses.");

        assertThat(names(tags.people())).containsExactly("Princess Beatrix");
    }

    @Test
    void aPositionCodeBeforeANameMakesAPlayerAndALoneSurnameIsNoTown() {
        Tags tags = tag("Steelers LB Tomas Richardson was fined after the game on Sunday. Richardson said the "
                + "hit was late. The quarterback threw two touchdowns and the defense held in the fourth quarter; "
                + "the team, coach and players will review the NFL game film.");

        assertThat(names(tags.people())).contains("Tomas Richardson");
        assertThat(names(tags.places())).doesNotContain("Richardson");
        assertThat(names(tags.organisations())).contains("Pittsburgh Steelers");
    }

    @Test
    void aPartyWithALowercaseHeadIsTheParty() {
        Tags tags = tag("The mayor, of the Green Reform party, lost the vote on Sunday.");

        assertThat(names(tags.organisations())).contains("Green Reform Party");
    }

    @Test
    void aSiteNamedByItsDomainIsAnOrganisation() {
        Tags tags = tag("Residents told Quillpost.info that the water had been cut for days.");

        assertThat(names(tags.organisations())).contains("Quillpost");
    }

    @Test
    void aKnownBodyBeforeAFirstNameAndSurnameIsTheBodyAndThePerson() {
        Tags tags = tag("He met the Ambassador to the European Union Marcus Brisk on Monday.");

        assertThat(names(tags.organisations())).contains("European Union").noneMatch(o -> o.contains("Brisk"));
        assertThat(names(tags.people())).contains("Marcus Brisk");
    }

    @Test
    void twoPlacesJoinedByOfAreTwoPlaces() {
        Tags tags = tag("The annexation by Russia of Crimea was condemned again.");

        assertThat(names(tags.places())).contains("Russia", "Crimea");
    }

    @Test
    void aSharedNicknameGoesToTheTeamOfTheStorysLeague() {
        Tags tags = tag("The Lightning beat the Panthers 3-2 in overtime. The Bruins and Maple Leafs also won. "
                + "Goals, saves, power play, hockey, season, coach, game, players, NHL.");

        assertThat(names(tags.organisations())).contains("Florida Panthers").doesNotContain("Carolina Panthers");
    }

    @Test
    void aPrepositionAfterADatelineDashOpensNoName() {
        Tags tags = tag("DENVER (AP) — To Marcus Oyelaran, the record meant little, Oyelaran said.");

        assertThat(names(tags.people())).contains("Marcus Oyelaran").noneMatch(p -> p.startsWith("To "));
    }

    @Test
    void aCommitteeNamedAgainWithoutItsFirstWordIsOneBody() {
        Tags tags = tag("The Senate Ethics Committee met on Monday. Later the Ethics Committee closed the case.");

        assertThat(names(tags.organisations())).contains("Senate Ethics Committee").doesNotContain("Ethics Committee");
    }

    @Test
    void inAMatchReportANameBeforeAPlayerVerbIsAPlayerAndABareCityIsItsClub() {
        Tags tags = tag("Bruins 3, Sabres 1: Oskari Vantanen scored twice to lead Boston, and Ilmo Rautio made 30 "
                + "saves. Buffalo native Kellan Marsh had an assist. Goals, power play, hockey, season, coach, game, "
                + "players, NHL.");

        assertThat(names(tags.people())).contains("Oskari Vantanen", "Ilmo Rautio");
        assertThat(names(tags.organisations())).contains("Boston Bruins");
        assertThat(names(tags.places())).contains("Buffalo").doesNotContain("Boston");
    }

    @Test
    void anUnknownNamePlacedByAStateAfterACommaIsAPlace() {
        Tags tags = tag("He kept homes in Denver and Cedar Hollow, Florida, for years. Sadly, Florida "
                + "officials never asked.");

        assertThat(names(tags.places())).contains("Cedar Hollow", "Florida").doesNotContain("Sadly");
        assertThat(names(tags.people())).doesNotContain("Cedar Hollow");
    }

    @Test
    void aCuratedFullNameIsAPersonWithoutACueAndAParticleOpensNoTown() {
        Tags tags = tag("Critics compared it to Donald Trump rather than to a mayor. Later Van Der Kolk "
                + "spoke, and the actor Pieter Van Der Kolk left.");

        assertThat(names(tags.people())).contains("Donald Trump");
        assertThat(names(tags.places())).doesNotContain("Van");
    }
}
