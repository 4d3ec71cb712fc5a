package io.wirestream.publish.stream;

import io.wirestream.contract.EventJson;
import io.wirestream.publish.PublishProperties;
import io.wirestream.publish.store.ArticleFilter;
import io.wirestream.publish.store.ArticleReader;
import io.wirestream.publish.store.StoredArticle;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.node.ObjectNode;

/**
 * Feeds every open /v1/stream connection: event "article" for a new or updated article, event
 * "kill" (data: id, uri) when one is killed, so live views drop it. One thread polls the cheap newest sequence; only when it
 * moved does it ask the database, per subscriber, for what matches that subscriber's filter. The
 * event id is the article's sequence, so a client that reconnects with Last-Event-ID gets what it
 * missed and nothing twice.
 */
@Component
class StreamHub implements SmartLifecycle {

    static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(StreamHub.class);

    private final ArticleReader reader;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "publish-stream");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration heartbeat;
    private volatile long lastSeen;
    private volatile long lastHeartbeat = System.nanoTime();
    private volatile boolean running;

    StreamHub(ArticleReader reader, PublishProperties properties) {
        this.reader = reader;
        this.heartbeat = properties.streamHeartbeat();
        long interval = properties.streamPollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Starts a subscription after {@code lastEventId}, or at the newest article when there is none. */
    SseEmitter subscribe(ArticleFilter filter, Long lastEventId) {
        var emitter = new SseEmitter(0L);
        long start = lastEventId != null ? lastEventId : reader.newestSeq();
        var subscriber = new Subscriber(emitter, filter, start);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        try {
            // Tells the browser how long to wait before reconnecting, and flushes the headers.
            emitter.send(SseEmitter.event().reconnectTime(3000).comment("wirestream stream from " + start));
        } catch (IOException e) {
            emitter.completeWithError(e);
            return emitter;
        }
        subscribers.add(subscriber);
        // A resuming client may have missed articles: send them without waiting for the next change.
        if (lastEventId != null) {
            poller.execute(() -> deliver(subscriber));
        }
        return emitter;
    }

    int subscribers() {
        return subscribers.size();
    }

    private void poll() {
        try {
            long newest = reader.newestSeq();
            if (newest != lastSeen) {
                lastSeen = newest;
                subscribers.forEach(this::deliver);
            }
            if (System.nanoTime() - lastHeartbeat > heartbeat.toNanos()) {
                lastHeartbeat = System.nanoTime();
                for (Subscriber subscriber : subscribers) {
                    send(subscriber, SseEmitter.event().comment("heartbeat"));
                }
            }
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next poll tries again.
            log.warn("Stream poll failed: {}", e.toString());
        }
    }

    private void deliver(Subscriber subscriber) {
        List<StoredArticle> articles;
        do {
            articles = reader.publishedAfter(subscriber.filter(), subscriber.position, BATCH);
            for (StoredArticle article : articles) {
                var event = article.canceled()
                        ? SseEmitter.event().id(Long.toString(article.seq())).name("kill")
                                .data(killNotice(article), MediaType.APPLICATION_JSON)
                        : SseEmitter.event().id(Long.toString(article.seq())).name("article")
                                .data(article.itemJson(), MediaType.APPLICATION_JSON);
                if (!send(subscriber, event)) {
                    return;
                }
                subscriber.position = article.seq();
            }
        } while (articles.size() == BATCH);
    }

    /** What a dashboard needs to drop a killed article: its id and the uri its items carried. */
    private static String killNotice(StoredArticle article) {
        ObjectNode notice = EventJson.mapper().createObjectNode();
        notice.put("id", article.articleId());
        notice.put("uri", EventJson.mapper().readTree(article.itemJson()).path("uri").asString(null));
        notice.put("pubStatus", article.pubStatus());
        return EventJson.mapper().writeValueAsString(notice);
    }

    private boolean send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.emitter().send(event);
            return true;
        } catch (IOException | IllegalStateException e) {
            // The client went away.
            subscribers.remove(subscriber);
            subscriber.emitter().completeWithError(e);
            return false;
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every open stream before the web server shuts down gracefully: it would otherwise wait
     * for these never-ending responses. Clients reconnect elsewhere with Last-Event-ID.
     */
    @Override
    public void stop() {
        running = false;
        poller.shutdownNow();
        subscribers.forEach(s -> s.emitter().complete());
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stopped before the web server's graceful shutdown phase.
        return Integer.MAX_VALUE;
    }

    private static final class Subscriber {
        private final SseEmitter emitter;
        private final ArticleFilter filter;
        private volatile long position;

        Subscriber(SseEmitter emitter, ArticleFilter filter, long position) {
            this.emitter = emitter;
            this.filter = filter;
            this.position = position;
        }

        SseEmitter emitter() {
            return emitter;
        }

        ArticleFilter filter() {
            return filter;
        }
    }
}
