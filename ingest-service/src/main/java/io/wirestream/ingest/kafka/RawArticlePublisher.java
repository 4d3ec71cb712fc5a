package io.wirestream.ingest.kafka;

import io.wirestream.contract.EventHeaders;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.Topics;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestProperties;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.intake.PreparedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/** Writes a raw article to {@link Topics#RAW} and returns only once Kafka has acknowledged it. */
@Component
public class RawArticlePublisher {

    private final KafkaTemplate<String, RawArticle> template;
    private final Duration sendTimeout;
    private final Duration retryAfter;

    public RawArticlePublisher(KafkaTemplate<String, RawArticle> template, IngestProperties properties) {
        this.template = template;
        this.sendTimeout = properties.kafka().sendTimeout();
        this.retryAfter = properties.kafka().retryAfter();
    }

    /**
     * Sends and waits for the acknowledgement (acks=all).
     *
     * @throws IngestException kafka-unavailable when Kafka did not acknowledge in time; the record may
     *                         still arrive later, which is safe because ids and keys are deterministic
     */
    public SendResult<String, RawArticle> publish(PreparedArticle prepared) {
        RawArticle article = prepared.article();
        ProducerRecord<String, RawArticle> record =
                new ProducerRecord<>(Topics.RAW, null, prepared.key(), article, cloudEventHeaders(article));
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        try {
            // send() itself may block for metadata, bounded by max.block.ms = send timeout.
            CompletableFuture<SendResult<String, RawArticle>> future = template.send(record);
            long remaining = Math.max(0, deadline - System.nanoTime());
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("The request was interrupted while waiting for Kafka.", e);
        } catch (TimeoutException e) {
            throw unavailable("Kafka did not acknowledge the article within " + sendTimeout.toMillis() + " ms.", e);
        } catch (ExecutionException e) {
            throw failed(e.getCause() == null ? e : e.getCause());
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    private IngestException failed(Throwable cause) {
        Throwable root = cause;
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RecordTooLargeException) {
                return new IngestException(Problem.PAYLOAD_TOO_LARGE,
                        "Kafka refused the article as too large for the topic: " + t.getMessage(), cause);
            }
            root = t;
        }
        String message = String.valueOf(root.getMessage()).strip();
        return unavailable("Kafka could not take the article: " + root.getClass().getSimpleName() + ": "
                + message + (message.endsWith(".") ? "" : "."), cause);
    }

    private IngestException unavailable(String detail, Throwable cause) {
        IngestException e = new IngestException(Problem.KAFKA_UNAVAILABLE, detail + " Nothing was accepted; retry later.", cause);
        e.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
        return e;
    }

    /** CloudEvents Kafka binding, binary mode: the envelope lives in headers, the value is the data. */
    static List<Header> cloudEventHeaders(RawArticle article) {
        return List.of(
                header(EventHeaders.CE_ID, EventIds.next()),
                header(EventHeaders.CE_SOURCE, "/wirestream/ingest/" + article.source()),
                header(EventHeaders.CE_TYPE, EventHeaders.RAW_EVENT_TYPE),
                header(EventHeaders.CE_SPECVERSION, EventHeaders.SPEC_VERSION),
                header(EventHeaders.CE_TIME, article.receivedAt().toString()),
                header(EventHeaders.CE_SUBJECT, article.id()),
                header(EventHeaders.CONTENT_TYPE, EventHeaders.JSON));
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
