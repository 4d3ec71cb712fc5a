package io.wirestream.enrich.stream;

/** Where a raw record came from, with its original key and value bytes. */
record Origin(String topic, int partition, long offset, byte[] key, byte[] value) {
}
