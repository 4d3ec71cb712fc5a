package io.wirestream.ingest.kafka;

import io.wirestream.contract.Topics;
import io.wirestream.ingest.IngestProperties;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Keeps trying to set up the raw topic until Kafka has taken it. Spring's {@link KafkaAdmin} tries
 * once while the context starts; ingest must start (and answer 503) while Kafka is down, so that
 * one try may fail, and then nothing would create the topic with ingest's partitions and
 * {@code max.message.bytes} once Kafka is back: a producer would meet a missing topic, or the
 * broker's defaults, and refuse large items. This retries in the background every
 * {@code wirestream.ingest.topic.setup-retry} until one set-up succeeds (one extra, cheap check
 * when the first one already did).
 *
 * <p>With {@code spring.kafka.admin.modify-topic-configs} on, a set-up also gives ingest's
 * settings to a raw topic that another service created first (enrich declares it too, so that its
 * stream can start).
 */
@Component
class RawTopicSetup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RawTopicSetup.class);

    private final KafkaAdmin admin;
    private final Duration retry;
    private volatile Thread worker;
    private volatile boolean done;

    RawTopicSetup(KafkaAdmin admin, IngestProperties properties) {
        this.admin = admin;
        this.retry = properties.topic().setupRetry();
    }

    @Override
    public void start() {
        worker = Thread.ofPlatform().daemon().name("raw-topic-setup").start(this::setUpUntilDone);
    }

    private void setUpUntilDone() {
        int attempts = 0;
        while (!Thread.currentThread().isInterrupted()) {
            attempts++;
            if (setUp(attempts)) {
                done = true;
                if (attempts > 1) {
                    log.info("Topic {} set up after {} attempts", Topics.RAW, attempts);
                }
                return;
            }
            try {
                Thread.sleep(retry);
            } catch (InterruptedException stopping) {
                return;
            }
        }
    }

    private boolean setUp(int attempt) {
        try {
            return admin.initialize();
        } catch (RuntimeException e) {
            // Outside context start-up, KafkaAdmin throws instead of answering false.
            log.warn("Kafka did not take the set-up of topic {} (attempt {}; retrying in {}): {}", Topics.RAW, attempt,
                    retry, e.getCause() != null ? e.getCause().toString() : e.toString());
            return false;
        }
    }

    /** Whether a set-up has succeeded since start. */
    boolean done() {
        return done;
    }

    @Override
    public void stop() {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        Thread running = worker;
        return running != null && running.isAlive();
    }
}
