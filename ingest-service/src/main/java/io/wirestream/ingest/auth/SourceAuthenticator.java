package io.wirestream.ingest.auth;

import io.wirestream.ingest.IngestProperties;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Finds the configured source an API key belongs to. */
@Component
public class SourceAuthenticator {

    private static final Logger log = LoggerFactory.getLogger(SourceAuthenticator.class);

    private final Map<String, byte[]> hashesBySource = new LinkedHashMap<>();

    public SourceAuthenticator(IngestProperties properties) {
        properties.sources().forEach((name, source) -> {
            // A source that only delivers through a drop folder or a feed needs no API key.
            if (source == null || source.apiKeySha256() != null || source.dropFolder() == null && source.feed() == null) {
                hashesBySource.put(name, ApiKeys.parseHash(name, source == null ? null : source.apiKeySha256()));
            }
        });
        if (hashesBySource.isEmpty()) {
            log.warn("No ingest sources configured (wirestream.ingest.sources.<name>.api-key-sha256): every push will be refused");
        } else {
            log.info("Ingest sources configured: {}", hashesBySource.keySet());
        }
    }

    /** The source whose key this is, or empty. */
    public Optional<String> sourceFor(String apiKey) {
        byte[] presented = ApiKeys.sha256(apiKey);
        String match = null;
        // Compare against every source without stopping early, so timing does not tell how far the key got.
        for (Map.Entry<String, byte[]> entry : hashesBySource.entrySet()) {
            if (MessageDigest.isEqual(presented, entry.getValue()) && match == null) {
                match = entry.getKey();
            }
        }
        return Optional.ofNullable(match);
    }
}
