package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.event.EventPostings.Member;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class EventPostingStoreTest {

    private final EventPostingStore postings = new EventPostingStore(store());

    @Test
    void aTermsPostingsComeBackInReceivedOrderWithoutOtherTermsSharingItsPrefix() {
        postings.add("#12", new Member("b", 200));
        postings.add("#12", new Member("a", 1_000));
        postings.add("#12", new Member("c", 200));
        postings.add("#123", new Member("x", 100));
        postings.add("#1", new Member("y", 100));

        assertThat(postings.members("#12")).containsExactly(new Member("b", 200), new Member("c", 200), new Member("a", 1_000));
        assertThat(postings.members("#123")).containsExactly(new Member("x", 100));
        assertThat(postings.members("#2")).isEmpty();
    }

    @Test
    void removesOneMemberOrEverythingReceivedBeforeACutoff() {
        postings.add("ferry", new Member("a", 100));
        postings.add("ferry", new Member("b", 300));
        postings.add("strike", new Member("a", 100));
        postings.remove("ferry", new Member("b", 300));
        assertThat(postings.members("ferry")).containsExactly(new Member("a", 100));

        postings.add("strike", new Member("c", 500));
        assertThat(postings.removeBefore(200)).isEqualTo(2);
        assertThat(postings.members("ferry")).isEmpty();
        assertThat(postings.members("strike")).containsExactly(new Member("c", 500));
    }

    private static KeyValueStore<String, byte[]> store() {
        KeyValueStore<String, byte[]> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("postings"),
                Serdes.String(), Serdes.ByteArray()).withLoggingDisabled().build();
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
