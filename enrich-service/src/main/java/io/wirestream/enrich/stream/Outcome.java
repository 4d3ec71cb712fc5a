package io.wirestream.enrich.stream;

/** A processor's result for one record: a value to pass on, or the raw record to dead-letter. */
sealed interface Outcome<T> {

    record Ok<T>(T value) implements Outcome<T> {
    }

    /** The original raw key and value; the error headers ride on the Kafka record. */
    record Failed<T>(byte[] rawKey, byte[] rawValue) implements Outcome<T> {
    }

    default boolean failed() {
        return this instanceof Failed<T>;
    }

    default T value() {
        if (this instanceof Ok<T>(T value)) {
            return value;
        }
        throw new IllegalStateException("a failed outcome has no value");
    }
}
