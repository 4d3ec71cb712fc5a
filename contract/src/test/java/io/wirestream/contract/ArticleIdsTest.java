package io.wirestream.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ids are stored downstream and must never change between releases, however they are computed. */
class ArticleIdsTest {

    @Test
    void nameBasedIdsAreTheJdksVersion3Uuids() {
        for (String name : List.of("", "item:ntb:NTB-123", "content:demo:" + "ab".repeat(32), "item:afp:Tromsø/Ålesund ✓",
                "x".repeat(10_000))) {
            assertThat(ArticleIds.nameBasedUuid(name))
                    .isEqualTo(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
        }
    }

    @Test
    void anIdOfAnEarlierReleaseStaysTheSame() {
        // the id UUID.nameUUIDFromBytes gave this item before Digests existed
        assertThat(ArticleIds.forProviderItem("ntb", "NTB-123")).isEqualTo("75df022d-5066-3fa2-9af9-488fc139aade");
    }

    @Test
    void contentHashIsTheStandardSha256() {
        // FIPS 180-2 test vector
        assertThat(ArticleIds.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
