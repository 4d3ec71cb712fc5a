package io.wirestream.contract;

import java.time.Instant;

/**
 * Where an enriched article came from.
 *
 * @param source       the configured source that delivered it
 * @param receivedAt   when ingest accepted it
 * @param format       the wire format it arrived in
 * @param providerGuid the provider's own id, or null
 * @param bodyHash     hex SHA-256 of the normalised body text, used for exact-duplicate detection
 */
public record Provenance(String source, Instant receivedAt, WireFormat format, String providerGuid, String bodyHash) {
}
