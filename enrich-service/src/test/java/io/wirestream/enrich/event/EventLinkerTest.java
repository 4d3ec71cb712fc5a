package io.wirestream.enrich.event;

import static io.wirestream.enrich.dedupe.Stories.FERRY;
import static io.wirestream.enrich.dedupe.Stories.market;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.contract.DedupeVerdict.EventLink;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventLinkerTest {

    private static final Instant T0 = Instant.parse("2025-05-02T08:00:00Z");

    private final EventLinker linker = new EventLinker(EventState.inMemory(), EventSettings.defaults());

    private EventLink link(String id, String body, Duration after) {
        return linker.link(new EventInput(id, id, body, T0.plus(after)));
    }

    @Test
    void aReportInOtherWordsLinksToTheEarlierStory() {
        assertThat(link("ferry", FERRY, Duration.ZERO)).isNull();
        EventLink link = link("retold", EventStories.FERRY_RETOLD, Duration.ofHours(3));
        assertThat(link).isNotNull();
        assertThat(link.story()).isEqualTo("ferry");
        assertThat(link.of()).isEqualTo("ferry");
        assertThat(link.similarity()).isBetween(0.0, 1.0);
    }

    @Test
    void anotherEventAboutTheSamePeopleIsNotLinked() {
        link("ferry", FERRY, Duration.ZERO);
        assertThat(link("budget", EventStories.EASTPORT_BUDGET, Duration.ofHours(2))).isNull();
    }

    @Test
    void templatedReportsAreNotLinked() {
        link("m1", market("Northwind Traders", 2.4, 31.20, 121, 15234.10), Duration.ZERO);
        assertThat(link("m2", market("Northwind Traders", 1.1, 8.75, 87, 15102.45), Duration.ofHours(24))).isNull();
    }

    @Test
    void storiesOlderThanTheWindowAreNotLinkedAndExpire() {
        link("ferry", FERRY, Duration.ZERO);
        assertThat(link("retold", EventStories.FERRY_RETOLD, Duration.ofHours(49))).isNull();
        EventState state = EventState.inMemory();
        EventLinker fresh = new EventLinker(state, EventSettings.defaults());
        fresh.link(new EventInput("ferry", "ferry", FERRY, T0));
        assertThat(state.sketches().get("ferry")).isNotNull();
        assertThat(fresh.expire(T0.plus(Duration.ofHours(49)))).isPositive();
        assertThat(state.sketches().get("ferry")).isNull();
    }

    @Test
    void rareTermsCarryTheWeightAndCommonOnesAreDropped() {
        assertThat(EventTerms.of("Councillor Maria Jensen said the closures would last."))
                .containsEntry("w:maria", true).containsEntry("w:jensen", true).containsEntry("w:closure", false)
                .doesNotContainKey("w:said").doesNotContainKey("w:the");
        assertThat(EventTerms.of("About 4,200 passengers.")).containsEntry("#:4200", true);
    }
}
