package io.wirestream.publish.topic;

import io.wirestream.publish.PublishProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** Loads the Media Topic tree named by wirestream.publish.media-topics, when one is named. */
@Configuration(proxyBeanMethods = false)
class MediaTopicsConfig {

    private static final Logger log = LoggerFactory.getLogger(MediaTopicsConfig.class);

    @Bean
    MediaTopics mediaTopics(PublishProperties properties, ResourceLoader resources) {
        String location = properties.mediaTopics();
        if (location == null || location.isBlank()) {
            log.warn("No wirestream.publish.media-topics configured: topic filters match the exact code only");
            return MediaTopics.NONE;
        }
        try {
            MediaTopics topics = MediaTopics.read(resources.getResource(location).getInputStream());
            log.info("Read the Media Topic tree from {} ({} topics with narrower ones)", location, topics.size());
            return topics;
        } catch (IOException e) {
            // A configured but missing file is a deployment error: fail at start-up, not on every query.
            throw new UncheckedIOException("Cannot read wirestream.publish.media-topics at " + location, e);
        }
    }
}
