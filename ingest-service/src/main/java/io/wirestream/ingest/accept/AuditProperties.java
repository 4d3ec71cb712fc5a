package io.wirestream.ingest.accept;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What ingest logs about the articles it accepted, under {@code wirestream.ingest.audit}.
 *
 * @param summaryInterval how often the per-source count of accepted articles is logged at INFO
 */
@ConfigurationProperties("wirestream.ingest.audit")
public record AuditProperties(@DefaultValue("1m") Duration summaryInterval) {

    public AuditProperties {
        summaryInterval = summaryInterval != null ? summaryInterval : Duration.ofMinutes(1);
        if (summaryInterval.isNegative() || summaryInterval.toMillis() < 1000) {
            throw new IllegalArgumentException("wirestream.ingest.audit.summary-interval must be at least 1s");
        }
    }
}
