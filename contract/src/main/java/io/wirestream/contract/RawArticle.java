package io.wirestream.contract;

import java.time.Instant;
import java.util.Objects;

/**
 * An article as ingest accepted it, before any enrichment: who sent it, when, the original payload,
 * and what the wire format itself already states.
 *
 * @param id          Wirestream article id; the same for every version of one provider item
 * @param source      the configured source that delivered it (e.g. "xinhua-web")
 * @param receivedAt  when ingest accepted it
 * @param format      the wire format ingest recognised ({@link WireFormat})
 * @param contentType the media type as received, with its charset
 * @param payload     the original document, decoded to text
 * @param provider    fields the wire format states explicitly (empty for a bare page)
 */
public record RawArticle(
        String id,
        String source,
        Instant receivedAt,
        WireFormat format,
        String contentType,
        String payload,
        ProviderFields provider) {

    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(payload, "payload");
        provider = provider == null ? ProviderFields.NONE : provider;
    }
}
