package io.wirestream.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void anIdIsAVersion7UuidCarryingItsMillisecond() {
        long millis = 1_764_406_800_123L; // 2025-11-29T09:00:00.123Z
        UUID id = UUID.fromString(EventIds.next(millis, new SplittableRandom(7)));
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2); // RFC 9562 variant
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
    }

    @Test
    void idsAreUniqueWithinOneMillisecondAndOrderedAcrossMilliseconds() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            assertThat(seen.add(EventIds.next(42L, new SplittableRandom(i)))).as("id %d is new", i).isTrue();
        }
        assertThat(EventIds.next(1_000L, new SplittableRandom(1))).isLessThan(EventIds.next(1_001L, new SplittableRandom(1)));
    }

    @Test
    void theServiceDrawsFreshIds() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(EventIds.next());
        }
        assertThat(seen).hasSize(10_000);
    }
}
