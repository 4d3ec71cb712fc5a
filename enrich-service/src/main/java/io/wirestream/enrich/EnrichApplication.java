package io.wirestream.enrich;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Kafka Streams app: news.raw.v1 in, news.enriched.v1 out. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrichApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnrichApplication.class, args);
    }
}
