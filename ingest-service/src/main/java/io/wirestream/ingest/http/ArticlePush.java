package io.wirestream.ingest.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirestream.ingest.accept.ArticleAcceptor;
import io.wirestream.ingest.accept.ArticleAcceptor.Outcome;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestProperties;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.format.FormatDetector;
import io.wirestream.ingest.intake.ArticleIntake;
import io.wirestream.ingest.intake.PreparedDocument;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The push API, {@code POST /v1/articles}, called by {@link ArticlePushFilter} once the source is
 * authenticated and within its rate. Content type and size are checked before the body is read; an
 * article is answered 202 only after Kafka acknowledged it, 200 when the same item was accepted
 * before. A batch (JSON array, newsMessage) is answered 207 with one status per item. Refusals are
 * thrown as {@link IngestException} and rendered by {@link ProblemAdvice}.
 */
@Component
class ArticlePush {

    static final String PATH = "/v1/articles";
    private static final Logger log = LoggerFactory.getLogger(ArticlePush.class);
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final int MULTI_STATUS = 207;

    private final ArticleIntake intake;
    private final ArticleAcceptor acceptor;
    private final IngestProperties properties;
    private final MeterRegistry meters;
    private final ObjectWriter batchJson;
    private final AcceptedResponse acceptedAnswer;

    /** @param json the application's mapper, the one Spring MVC writes with (it knows how ProblemDetail is written) */
    ArticlePush(ArticleIntake intake, ArticleAcceptor acceptor, IngestProperties properties, MeterRegistry meters,
            JsonMapper json) {
        this.intake = intake;
        this.acceptor = acceptor;
        this.properties = properties;
        this.meters = meters;
        this.batchJson = json.writerFor(BatchResult.class);
        this.acceptedAnswer = new AcceptedResponse(json);
    }

    /** Reads, accepts and answers one push from {@code source}; throws what it refuses. */
    void handle(HttpServletRequest request, HttpServletResponse response, String source) throws IOException {
        MediaType mediaType = mediaTypeOf(request.getContentType());
        String idempotencyKey = idempotencyKey(request.getHeader(IDEMPOTENCY_KEY));
        BoundedBody.checkDeclaredLength(request.getContentLengthLong(), properties.maxPayloadSize());
        byte[] body = BoundedBody.read(request.getInputStream(), properties.maxPayloadSize(), request.getContentLengthLong());
        body = BoundedBody.decode(request.getHeader(HttpHeaders.CONTENT_ENCODING), body,
                properties.maxDecompressedSize());

        PreparedDocument document = intake.prepare(source, mediaType, body, Instant.now());
        if (!document.batch()) {
            PreparedDocument.Entry entry = document.entries().getFirst();
            if (entry.problem() != null) {
                throw entry.problem();
            }
            Outcome outcome = acceptor.accept(source, entry.article(), idempotencyKey == null ? null : idempotencyKey + "#0");
            acceptedAnswer.write(response, outcome.duplicate() ? HttpStatus.OK.value() : HttpStatus.ACCEPTED.value(),
                    new AcceptedArticle(outcome.id(), source, outcome.location(), outcome.duplicate()));
            return;
        }
        List<BatchResult.Item> items = new ArrayList<>();
        int accepted = 0;
        int duplicates = 0;
        int refused = 0;
        IngestException kafkaDown = null;
        for (int i = 0; i < document.entries().size(); i++) {
            PreparedDocument.Entry entry = document.entries().get(i);
            IngestException problem = entry.problem();
            if (problem == null && kafkaDown != null) {
                // Kafka already failed this request: do not make every further item wait for the timeout.
                problem = kafkaDown;
            } else if (problem == null) {
                try {
                    Outcome outcome = acceptor.accept(source, entry.article(), idempotencyKey == null ? null : idempotencyKey + "#" + i);
                    items.add(new BatchResult.Item(i, outcome.duplicate() ? 200 : 202, outcome.id(), outcome.location(),
                            null));
                    if (outcome.duplicate()) {
                        duplicates++;
                    } else {
                        accepted++;
                    }
                    continue;
                } catch (IngestException e) {
                    problem = e;
                    kafkaDown = e.problem() == Problem.KAFKA_UNAVAILABLE ? e : null;
                }
            }
            refused++;
            meters.counter("wirestream.ingest.rejected", "reason", problem.problem().kind()).increment();
            items.add(new BatchResult.Item(i, problem.getStatusCode().value(), null, null, problem.getBody()));
        }
        log.info("Batch from source {} as {}: {} accepted, {} duplicates, {} refused", source, document.format(),
                accepted, duplicates, refused);
        byte[] answer = batchJson.writeValueAsBytes(new BatchResult(source,
                document.format().name().toLowerCase(Locale.ROOT), accepted, duplicates, refused, items));
        response.setStatus(MULTI_STATUS);
        if (kafkaDown != null && kafkaDown.getHeaders().getFirst(HttpHeaders.RETRY_AFTER) != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, kafkaDown.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }

    private static String idempotencyKey(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String key = header.strip();
        if (key.length() > 255) {
            throw new IngestException(Problem.MALFORMED, "The Idempotency-Key header is longer than 255 characters.");
        }
        return key;
    }

    /** The declared type, or null when none was sent (the content then decides alone). */
    private static MediaType mediaTypeOf(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        MediaType mediaType;
        try {
            mediaType = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            throw new IngestException(Problem.UNSUPPORTED_MEDIA_TYPE,
                    "The Content-Type '" + contentType + "' cannot be used: " + e.getMessage(), e);
        }
        if (FormatDetector.clearlyNotText(mediaType)) {
            throw new IngestException(Problem.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type " + mediaType.getType() + "/" + mediaType.getSubtype() + " is not wire copy; send"
                            + " ninjs JSON, NITF, NewsML-G2, NewsML 1.2, ANPA-1312, IPTC 7901, HTML or plain text.");
        }
        return mediaType;
    }
}
