package io.wirestream.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.tag.Tags.Entity;
import io.wirestream.testsupport.SharedFiles;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The seed story's expected entities and topics come out, from its article body alone. */
class SeedTaggingTest {

    private static Tags tags;
    private static JsonNode expected;

    @BeforeAll
    static void tagSeed() throws Exception {
        expected = JsonMapper.builder().build()
                .readTree(SharedFiles.require("samples/xinhua-2012-11-23-russia-us.expected.json").toFile());
        String page = Files.readString(SharedFiles.require("samples/xinhua-2012-11-23-russia-us.txt"));
        // the article body as extraction delivers it: from its first to its last sentence
        String start = expected.get("bodyStartsWith").asString();
        String end = expected.get("bodyEndsWith").asString();
        String body = page.substring(page.indexOf(start), page.indexOf(end) + end.length());
        tags = Tagger.withDefaults().tag(body, expected.get("headline").asString(), null);
    }

    @Test
    void everyExpectedPersonPlaceAndOrganisationIsFound() {
        JsonNode entities = expected.get("entities");
        assertThat(names(tags.people())).containsAll(strings(entities.get("people")));
        assertThat(names(tags.places())).containsAll(strings(entities.get("places")));
        // acronyms are equivalents of the full name (labelling guide), so a surface form may match
        List<String> orgForms = new ArrayList<>(names(tags.organisations()));
        tags.organisations().forEach(o -> orgForms.addAll(o.surfaceForms()));
        assertThat(orgForms).containsAll(strings(entities.get("organisations")));
    }

    @Test
    void nothingMuchElseIsFound() {
        JsonNode entities = expected.get("entities");
        assertThat(tags.people()).hasSize(entities.get("people").size());
        assertThat(tags.places()).hasSize(entities.get("places").size());
        assertThat(tags.organisations()).hasSize(entities.get("organisations").size());
        // a document named after a city and an event named after a region are not places
        assertThat(names(tags.places())).doesNotContain("Geneva", "East Asia");
    }

    @Test
    void titlesBecomeRolesAndSurnamesResolve() {
        Entity lavrov = tags.people().stream().filter(p -> p.name().equals("Sergei Lavrov")).findFirst().orElseThrow();
        assertThat(lavrov.role()).isEqualTo("Foreign Minister");
        assertThat(lavrov.surfaceForms()).contains("Sergei Lavrov", "Lavrov");
        assertThat(lavrov.id()).isEqualTo("wirestream:person:sergei-lavrov");
        Entity us = tags.places().stream().filter(p -> p.name().equals("United States")).findFirst().orElseThrow();
        assertThat(us.surfaceForms()).contains("U.S.", "United States");
        assertThat(us.countryCode()).isEqualTo("US");
        Entity phnomPenh = tags.places().stream().filter(p -> p.name().equals("Phnom Penh")).findFirst().orElseThrow();
        assertThat(phnomPenh.countryCode()).isEqualTo("KH");
    }

    @Test
    void expectedTopicsComeOutWithTheFirstOneFirst() {
        List<String> qcodes = tags.topics().stream().map(Tags.Topic::qcode).toList();
        List<String> wanted = strings(expected.get("topics").valueStream().map(t -> t.get("qcode")).toList());
        assertThat(qcodes).containsAll(wanted);
        assertThat(qcodes.getFirst()).isEqualTo(wanted.getFirst());
    }

    @Test
    void languageIsEnglishAndKeywordsAreNotBareNames() {
        assertThat(tags.language()).isEqualTo(expected.get("language").asString());
        assertThat(tags.keywords()).isNotEmpty().hasSizeLessThanOrEqualTo(6);
        List<String> lowerNames = new ArrayList<>();
        for (List<Entity> list : List.of(tags.people(), tags.places(), tags.organisations())) {
            list.forEach(e -> lowerNames.add(e.name().toLowerCase(java.util.Locale.ROOT)));
        }
        assertThat(tags.keywords()).doesNotContainAnyElementsOf(lowerNames);
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    private static List<String> strings(Iterable<JsonNode> nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.asString()));
        return out;
    }

    @Test
    void countriesAndRolesAreKnownBeyondPlaces() {
        Entity ryabkov = tags.people().stream().filter(p -> p.name().equals("Sergei Ryabkov")).findFirst().orElseThrow();
        assertThat(ryabkov.roles()).contains("Deputy Foreign Minister");
        assertThat(ryabkov.countryCode()).isEqualTo("RU");
        Entity ministry = tags.organisations().stream().filter(o -> o.name().equals("Russian Foreign Ministry"))
                .findFirst().orElseThrow();
        assertThat(ministry.countryCode()).isEqualTo("RU");
        assertThat(tags.people()).allSatisfy(p -> assertThat(p.roles()).noneMatch(r -> r.isBlank() || r.equals("of")));
        assertThat(tags.places()).allSatisfy(p -> assertThat(p.countryCode()).matches("[A-Z]{2}"));
    }
}
