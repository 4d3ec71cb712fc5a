package io.wirestream.publish;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Stores enriched articles in PostgreSQL and serves them as ninjs JSON and an Atom feed. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PublishApplication {

    public static void main(String[] args) {
        SpringApplication.run(PublishApplication.class, args);
    }
}
