package io.wirestream.enrich.stream;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A key-value store held in memory that sends every put and delete to a changelog, as Kafka
 * Streams' logging layer does for the topology's stores (they have no cache, so every write is a
 * record; a delete is a tombstone even when the key was absent). Keys are ordered by their
 * serialized bytes, as in RocksDB, so scans and expiry sweeps visit entries in the real store's
 * order. It lets {@link DirectFill} drive the processor's own adapters ({@link StoreTable},
 * {@link EventPostingStore}, {@link EventStoreTable}) without a running topology.
 */
final class ChangelogWritingStore<V> implements KeyValueStore<String, V> {

    /** Where the records go: the store's changelog topic, key and value already serialized. */
    interface Changelog {
        void write(String store, byte[] key, byte[] value);
    }

    private static final StringSerializer KEYS = new StringSerializer();

    private final String name;
    private final Serde<V> values;
    private final Changelog changelog;
    private final NavigableMap<Bytes, V> entries = new TreeMap<>();

    ChangelogWritingStore(String name, Serde<V> values, Changelog changelog) {
        this.name = name;
        this.values = values;
        this.changelog = changelog;
    }

    /** Visits the live entries in key order, serialized: what a fully compacted changelog holds. */
    void forEachSerialized(BiConsumer<byte[], byte[]> action) {
        Serializer<V> serializer = values.serializer();
        entries.forEach((key, value) -> action.accept(key.get(), serializer.serialize(name, value)));
    }

    @Override
    public void put(String key, V value) {
        if (value == null) {
            delete(key);
            return;
        }
        Bytes bytes = Bytes.wrap(KEYS.serialize(name, key));
        entries.put(bytes, value);
        changelog.write(name, bytes.get(), values.serializer().serialize(name, value));
    }

    @Override
    public V putIfAbsent(String key, V value) {
        V old = get(key);
        if (old == null) {
            put(key, value);
        }
        return old;
    }

    @Override
    public void putAll(List<KeyValue<String, V>> all) {
        all.forEach(kv -> put(kv.key, kv.value));
    }

    @Override
    public V delete(String key) {
        Bytes bytes = Bytes.wrap(KEYS.serialize(name, key));
        changelog.write(name, bytes.get(), null);
        return entries.remove(bytes);
    }

    @Override
    public V get(String key) {
        return entries.get(Bytes.wrap(KEYS.serialize(name, key)));
    }

    @Override
    public KeyValueIterator<String, V> range(String from, String to) {
        return iterator(entries.subMap(Bytes.wrap(KEYS.serialize(name, from)), true, Bytes.wrap(KEYS.serialize(name, to)), true));
    }

    @Override
    public KeyValueIterator<String, V> all() {
        return iterator(entries);
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<String, V> prefixScan(P prefix, PS prefixSerializer) {
        byte[] start = prefixSerializer.serialize(name, prefix);
        return iterator(entries.tailMap(Bytes.wrap(start), true), start);
    }

    @Override
    public long approximateNumEntries() {
        return entries.size();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    private KeyValueIterator<String, V> iterator(Map<Bytes, V> map) {
        return iterator(map, null);
    }

    /** Entries of {@code map} in key order, stopping at the first key without {@code prefix} (null: no stop). */
    private static <V> KeyValueIterator<String, V> iterator(Map<Bytes, V> map, byte[] prefix) {
        Iterator<Map.Entry<Bytes, V>> it = map.entrySet().iterator();
        return new KeyValueIterator<>() {
            private Map.Entry<Bytes, V> next = advance();

            private Map.Entry<Bytes, V> advance() {
                if (!it.hasNext()) {
                    return null;
                }
                Map.Entry<Bytes, V> e = it.next();
                return prefix == null || startsWith(e.getKey().get(), prefix) ? e : null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public KeyValue<String, V> next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                KeyValue<String, V> kv = KeyValue.pair(new String(next.getKey().get(), java.nio.charset.StandardCharsets.UTF_8),
                        next.getValue());
                next = advance();
                return kv;
            }

            @Override
            public String peekNextKey() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                return new String(next.getKey().get(), java.nio.charset.StandardCharsets.UTF_8);
            }

            @Override
            public void close() {
            }
        };
    }

    private static boolean startsWith(byte[] key, byte[] prefix) {
        if (key.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (key[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
