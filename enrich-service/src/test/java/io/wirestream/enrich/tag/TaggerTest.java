package io.wirestream.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.tag.Tags.Entity;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The labelling-guide rules on small made-up stories (none of them is in a resource file). */
class TaggerTest {

    private static Tagger tagger;

    @BeforeAll
    static void load() {
        tagger = Tagger.withDefaults();
    }

    @Test
    void titlesAreStrippedAndKeptAsRoleAndSurnamesResolveWithinTheArticle() {
        Tags tags = tagger.tag("British Prime Minister Keir Starling met Dutch Finance Minister Annelies Voskuil "
                + "in Rotterdam on Monday. Starling said Britain wanted closer ties. Voskuil told reporters the "
                + "talks were useful.", null, "en");

        assertThat(names(tags.people())).containsExactlyInAnyOrder("Keir Starling", "Annelies Voskuil");
        Entity starling = byName(tags.people(), "Keir Starling");
        assertThat(starling.role()).isEqualTo("Prime Minister");
        assertThat(starling.surfaceForms()).containsExactly("Keir Starling", "Starling");
        assertThat(byName(tags.people(), "Annelies Voskuil").role()).isEqualTo("Finance Minister");
        assertThat(names(tags.places())).containsExactlyInAnyOrder("Rotterdam", "United Kingdom");
        assertThat(byName(tags.places(), "Rotterdam").countryCode()).isEqualTo("NL");
        assertThat(byName(tags.places(), "United Kingdom").surfaceForms()).containsExactly("Britain");
    }

    @Test
    void aliasesModifiersAndPossessivesNameOnePlaceButDemonymsNone() {
        Tags tags = tagger.tag("The U.S. and the United States Navy aside, Nairobi-based analysts said "
                + "Kenya's growth was strong. Kenyan officials and American diplomats agreed.", null, "en");

        assertThat(names(tags.places())).containsExactlyInAnyOrder("United States", "Nairobi", "Kenya");
        assertThat(byName(tags.places(), "Nairobi").countryCode()).isEqualTo("KE");
        assertThat(names(tags.organisations())).containsExactly("United States Navy");
    }

    @Test
    void organisationsComeFromHeadWordsAndTheCuratedListAndEventsAreNeitherPlaceNorOrganisation() {
        Tags tags = tagger.tag("Officials of the Brazilian Health Ministry and the Amazon Rainforest Foundation "
                + "spoke at the Lima Climate Summit. The IMF and the Kremlin were not invited.", null, "en");

        assertThat(names(tags.organisations())).containsExactlyInAnyOrder("Brazilian Health Ministry",
                "Amazon Rainforest Foundation", "International Monetary Fund", "Kremlin");
        assertThat(names(tags.places())).doesNotContain("Lima");
        assertThat(tags.organisations()).allSatisfy(o -> assertThat(o.id()).startsWith("wirestream:organisation:"));
    }

    @Test
    void aWellKnownSurnameAloneGivesTheFullName() {
        Tags tags = tagger.tag("Analysts in Beijing expect Xi to raise the issue when Merkel visits next month.",
                null, "en");

        assertThat(names(tags.people())).containsExactlyInAnyOrder("Xi Jinping", "Angela Merkel");
        assertThat(names(tags.places())).containsExactly("Beijing");
    }

    @Test
    void sportAndEconomyStoriesAreFiledUnderTheirTopLevelTopic() {
        Tags sport = tagger.tag("The striker scored twice as the home team won the league match 3-1. The coach "
                + "praised his players after the game, and the team moves top of the league this season.",
                "Striker's double lifts team to top of league", "en");
        Tags economy = tagger.tag("Inflation slowed in March as consumer prices rose less than expected, and the "
                + "central bank signalled that interest rates would stay on hold. Stock markets rose and the "
                + "currency firmed as investors bet on growth.", "Inflation slows, central bank holds rates", "en");

        assertThat(sport.topics().getFirst().qcode()).isEqualTo("medtop:15000000");
        assertThat(economy.topics().getFirst().qcode()).isEqualTo("medtop:04000000");
        assertThat(economy.topics()).extracting(Tags.Topic::qcode).contains("medtop:20000370", "medtop:20000350");
    }

    @Test
    void languageIsDetectedAndTheDeclaredOneStandsForTooShortText() {
        Tags french = tagger.tag("Le gouvernement a annoncé mardi une nouvelle réforme des retraites, qui sera "
                + "présentée au Parlement au début du mois prochain.", null, null);
        Tags tiny = tagger.tag("Ja.", null, "de");

        assertThat(french.language()).isEqualTo("fr");
        assertThat(french.topics()).isEmpty();
        assertThat(tiny.language()).isEqualTo("de");
    }

    @Test
    void aMultiWordPlaceBeforeATitleIsAPlaceAndLinksNameNothing() {
        Tags tags = tagger.tag("North Carolina Gov. Jane Dorsey defended the plan on Monday. Dorsey said it "
                + "would work. See pic.twitter.com/AbCdEfGh and @JaneDorseyNC for more.", null, "en");

        assertThat(names(tags.people())).containsExactly("Jane Dorsey");
        assertThat(tags.people().getFirst().role()).isEqualTo("Gov.");
        assertThat(names(tags.places())).containsExactly("North Carolina");
        assertThat(tags.organisations()).isEmpty();
    }

    @Test
    void slugsAreStableAndPlain() {
        assertThat(Mentions.slug("Recep Tayyip Erdoğan")).isEqualTo("recep-tayyip-erdogan");
        assertThat(Mentions.slug("U.S. House of Representatives")).isEqualTo("u-s-house-of-representatives");
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    @Test
    void roundTwoRulesOnMadeUpStories() {
        // in a sports story a country written as a side in a match is the team
        Tags match = tagger.tag("MADRID -- Norland beat Vestria 2-1 in the tennis cup on Tuesday, and Portugal lost to "
                + "Chile in the other tie of the tournament. The coach said the team played well in the match and the "
                + "players will face the next round of the championship at the stadium in Madrid.", null, "en");
        assertThat(match.topics().getFirst().qcode()).isEqualTo("medtop:15000000");
        assertThat(Tagger.names(match.organisations())).contains("Portugal", "Chile");
        assertThat(Tagger.names(match.places())).contains("Madrid").doesNotContain("Portugal", "Chile");
        // an acronym resolves to the name the article spells out; coordinated organisations split
        Tags business = tagger.tag("The Korvan Rail Transit Authority said on Monday it hired Ceres Robotics and "
                + "Tyvak Nano-Satellite Systems Inc for the work. Costs would fall, KRTA said.", null, "en");
        Entity krta = byName(business.organisations(), "Korvan Rail Transit Authority");
        assertThat(krta.surfaceForms()).contains("KRTA");
        assertThat(Tagger.names(business.organisations())).contains("Ceres Robotics", "Tyvak Nano-Satellite Systems")
                .doesNotContain("KRTA", "Ceres Robotics and Tyvak Nano-Satellite Systems Inc");
        // a list of names without any cue: common first names open a person's name
        Tags cast = tagger.tag("The film stars Zachary Quorn, Zoe Saldmark and Karl Urbino.", null, "en");
        assertThat(Tagger.names(cast.people())).contains("Zachary Quorn", "Zoe Saldmark", "Karl Urbino");
    }

    private static Entity byName(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
