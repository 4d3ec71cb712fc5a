package io.wirestream.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.DedupeVerdict.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DedupeRulesTest {

    @Test
    void identityFromSeenVersions() {
        SeenVersions seen = new SeenVersions(List.of(1));
        assertThat(DedupeRules.identity(null, 1, "usable")).isEqualTo(Identity.NEW);
        assertThat(DedupeRules.identity(seen, 1, "usable")).isEqualTo(Identity.REPEAT);
        assertThat(DedupeRules.identity(seen, 2, "usable")).isEqualTo(Identity.VERSION);
        assertThat(DedupeRules.identity(seen, 2, "canceled")).isEqualTo(Identity.KILL);
        assertThat(seen.with(3).with(2).versions()).containsExactly(1, 2, 3);
    }

    @Test
    void verdicts() {
        BodyOwner owner = new BodyOwner("a1", "s1");
        assertThat(DedupeRules.verdict(Identity.NEW, "b", null)).isEqualTo(DedupeVerdict.original("b"));
        assertThat(DedupeRules.verdict(Identity.NEW, "b", owner)).isEqualTo(DedupeVerdict.exactDuplicateOf("a1", "s1"));
        assertThat(DedupeRules.verdict(Identity.REPEAT, "b", owner)).isEqualTo(DedupeVerdict.exactDuplicateOf("b", "s1"));
        assertThat(DedupeRules.verdict(Identity.REPEAT, "b", null)).isEqualTo(DedupeVerdict.exactDuplicateOf("b", "b"));
        DedupeVerdict version = DedupeRules.verdict(Identity.VERSION, "b", null);
        assertThat(version.kind()).isEqualTo(Kind.VERSION);
        assertThat(version.of()).isEqualTo("b");
        assertThat(DedupeRules.verdict(Identity.KILL, "b", owner).kind()).isEqualTo(Kind.KILL);
        assertThat(DedupeRules.ownsBody(Identity.NEW, null)).isTrue();
        assertThat(DedupeRules.ownsBody(Identity.NEW, owner)).isFalse();
        assertThat(DedupeRules.ownsBody(Identity.KILL, null)).isFalse();
    }
}
