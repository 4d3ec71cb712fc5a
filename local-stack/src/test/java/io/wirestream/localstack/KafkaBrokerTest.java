package io.wirestream.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @Test
    void clusterIdsAreUuidsTheStorageToolCannotMistakeForAnOption() {
        Set<String> seen = new HashSet<>();
        // 1 in 64 plain draws starts with '-': 5,000 draws would hit it ~78 times.
        for (int i = 0; i < 5_000; i++) {
            String id = KafkaBroker.clusterId();
            assertThat(id).hasSize(22).doesNotStartWith("-");
            assertThat(Base64.getUrlDecoder().decode(id)).hasSize(16);
            seen.add(id);
        }
        assertThat(seen).hasSize(5_000);
    }
}
