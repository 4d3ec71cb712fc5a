package io.wirestream.publish;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything publish-service lets an operator tune (prefix {@code wirestream.publish}).
 *
 * @param feedSize           how many entries the Atom feed carries
 * @param feedTitle          title of the Atom feed
 * @param topicPartitions    partitions of news.enriched.v1 and its DLT when publish creates them
 * @param topicReplicas      replication factor of those topics when publish creates them
 * @param retryInterval      pause between attempts at a record that failed to store
 * @param retryAttempts      retries after the first failure before the record goes to the DLT
 * @param kafkaHealthTimeout how long the readiness check waits for the broker to answer
 * @param outageBackoffMax   longest pause between retries while the database is unreachable
 *                           (such records are retried until it is back, never dead-lettered)
 * @param mediaTopics        location of the IPTC Media Topics JSON-LD file ({@code cptall-x-all.json}, a
 *                           file: or classpath: resource); without it a topic filter matches the exact
 *                           code only, not its narrower topics
 * @param feedOnePerStory    whether a feed shows only the newest article of each story (duplicates and
 *                           follow-ups folded) rather than every article
 * @param feedMaxAge         Cache-Control max-age of feed responses
 * @param websubHub          URL of a WebSub hub; when set, every feed names it (rel="hub")
 * @param feeds              named feeds (/feeds/&lt;name&gt;.atom|rss|json): a title and filter parameters
 * @param streamPollInterval how often /v1/stream looks for new articles
 * @param streamHeartbeat    how often an idle /v1/stream connection gets a comment line (keeps proxies open)
 */
@ConfigurationProperties("wirestream.publish")
public record PublishProperties(
        @DefaultValue("50") int feedSize,
        @DefaultValue("Wirestream: latest news") String feedTitle,
        @DefaultValue("3") int topicPartitions,
        @DefaultValue("1") short topicReplicas,
        @DefaultValue("1s") Duration retryInterval,
        @DefaultValue("2") long retryAttempts,
        @DefaultValue("3s") Duration kafkaHealthTimeout,
        @DefaultValue("30s") Duration outageBackoffMax,
        String mediaTopics,
        @DefaultValue("true") boolean feedOnePerStory,
        @DefaultValue("60s") Duration feedMaxAge,
        String websubHub,
        Map<String, NamedFeed> feeds,
        @DefaultValue("500ms") Duration streamPollInterval,
        @DefaultValue("15s") Duration streamHeartbeat) {

    public PublishProperties {
        if (feedSize < 1 || feedSize > 1000) {
            throw new IllegalArgumentException("wirestream.publish.feed-size must be within 1..1000, was " + feedSize);
        }
        feeds = feeds == null ? Map.of() : Map.copyOf(feeds);
        for (String name : feeds.keySet()) {
            if (!name.matches("[a-z0-9][a-z0-9-]{0,62}")) {
                throw new IllegalArgumentException("wirestream.publish.feeds: a feed name is lower-case letters, digits"
                        + " and dashes, was '" + name + "'");
            }
        }
    }

    /**
     * A feed defined in configuration, e.g. {@code wirestream.publish.feeds.politics.filter.topic=medtop:11000000}.
     *
     * @param title  feed title
     * @param filter filter parameters as GET /v1/articles takes them (q, topic, person, place, ...)
     */
    public record NamedFeed(String title, Map<String, String> filter) {

        public NamedFeed {
            filter = filter == null ? Map.of() : Map.copyOf(filter);
        }
    }
}
