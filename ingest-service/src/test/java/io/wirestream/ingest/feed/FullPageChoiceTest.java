package io.wirestream.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.ingest.IngestProperties;
import io.wirestream.ingest.IngestProperties.FullPage;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When a feed item's own page is fetched instead of its text. */
class FullPageChoiceTest {

    private static IngestProperties.Feed feed(FullPage mode, int teaserWords) {
        return new IngestProperties.Feed(URI.create("http://127.0.0.1/feed"), Duration.ofMinutes(5), mode, teaserWords);
    }

    private static FeedItems.Item item(String html) {
        return new FeedItems.Item("id-1", "Title", "http://127.0.0.1/a", html, null, null);
    }

    @Test
    void wordsCountTextNotMarkup() {
        assertThat(FeedPoller.words(null)).isZero();
        assertThat(FeedPoller.words("<p> </p>")).isZero();
        assertThat(FeedPoller.words("<p>Cod&nbsp;quota <b>cut</b> by&amp;half</p>")).isEqualTo(5);
    }

    @Test
    void autoFetchesOnlyMissingOrShortContent() {
        assertThat(FeedPoller.wantsPage(feed(FullPage.AUTO, 5), item(null))).isTrue();
        assertThat(FeedPoller.wantsPage(feed(FullPage.AUTO, 5), item("<p>one two three four</p>"))).isTrue();
        assertThat(FeedPoller.wantsPage(feed(FullPage.AUTO, 5), item("<p>one two three four five</p>"))).isFalse();
    }

    @Test
    void neverAndAlwaysIgnoreTheLength() {
        assertThat(FeedPoller.wantsPage(feed(FullPage.NEVER, 5), item(null))).isFalse();
        assertThat(FeedPoller.wantsPage(feed(FullPage.ALWAYS, 5), item("<p>" + "word ".repeat(500) + "</p>"))).isTrue();
        assertThat(new IngestProperties.Feed(URI.create("http://127.0.0.1/feed"), Duration.ofMinutes(5)).fetchFullPage())
                .as("off unless configured").isEqualTo(FullPage.NEVER);
    }
}
