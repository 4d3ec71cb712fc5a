package io.wirestream.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * Where an enriched article came from.
 *
 * @param source       the configured source that delivered it
 * @param receivedAt   when ingest accepted it
 * @param format       the wire format it arrived in
 * @param providerGuid the provider's own id, or null
 * @param bodyHash     hex SHA-256 of the normalised body text, used for exact-duplicate detection
 * @param signal       the provider's explicit update signal ("update" or "correction"), or null;
 *                     publish marks a correction as such
 */
public record Provenance(String source, Instant receivedAt, WireFormat format, String providerGuid, String bodyHash,
        String signal) {

    public Provenance(String source, Instant receivedAt, WireFormat format, String providerGuid, String bodyHash) {
        this(source, receivedAt, format, providerGuid, bodyHash, null);
    }

    /** True when the provider said this version corrects an earlier one. */
    @JsonIgnore
    public boolean correction() {
        return "correction".equals(signal);
    }
}
