package io.wirestream.ingest.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirestream.contract.RawArticle;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.IngestProperties;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.intake.ArticleIntake;
import io.wirestream.ingest.intake.PreparedArticle;
import io.wirestream.ingest.kafka.RawArticlePublisher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * The push API. Content type and size are checked before the body is read; 202 is answered only
 * after Kafka acknowledged the raw article.
 */
@RestController
class ArticleController {

    private static final Logger log = LoggerFactory.getLogger(ArticleController.class);
    static final String ACCEPTED_TYPES = "application/json (ninjs), text/plain, text/html";

    private final ArticleIntake intake;
    private final RawArticlePublisher publisher;
    private final IngestProperties properties;
    private final MeterRegistry meters;

    ArticleController(ArticleIntake intake, RawArticlePublisher publisher, IngestProperties properties,
            MeterRegistry meters) {
        this.intake = intake;
        this.publisher = publisher;
        this.properties = properties;
        this.meters = meters;
    }

    @PostMapping("/v1/articles")
    ResponseEntity<AcceptedArticle> ingest(HttpServletRequest request,
            @RequestAttribute(ApiKeyInterceptor.SOURCE_ATTRIBUTE) String source) throws IOException {
        MediaType mediaType = mediaTypeOf(request.getContentType());
        BoundedBody.checkDeclaredLength(request.getContentLengthLong(), properties.maxPayloadSize());
        byte[] body = BoundedBody.read(request.getInputStream(), properties.maxPayloadSize());

        PreparedArticle prepared = intake.prepare(source, mediaType, body, Instant.now());
        RawArticle article = prepared.article();
        String location = properties.articleLocation(article.id());
        try (MDC.MDCCloseable ignored = MDC.putCloseable("articleId", article.id())) {
            var sent = publisher.publish(prepared);
            log.info("Accepted article from source {} as {} ({} chars) at {}-{}@{}", source, article.format(),
                    article.payload().length(), sent.getRecordMetadata().topic(),
                    sent.getRecordMetadata().partition(), sent.getRecordMetadata().offset());
        }
        meters.counter("wirestream.ingest.accepted",
                "source", source, "format", article.format().name().toLowerCase(Locale.ROOT)).increment();
        return ResponseEntity.accepted()
                .location(URI.create(location))
                .body(new AcceptedArticle(article.id(), source, location));
    }

    private static MediaType mediaTypeOf(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new IngestException(Problem.UNSUPPORTED_MEDIA_TYPE,
                    "The request has no Content-Type; send one of " + ACCEPTED_TYPES + ".");
        }
        MediaType mediaType;
        try {
            mediaType = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            throw new IngestException(Problem.UNSUPPORTED_MEDIA_TYPE,
                    "The Content-Type '" + contentType + "' cannot be used: " + e.getMessage(), e);
        }
        if (ArticleIntake.formatOf(mediaType).isEmpty()) {
            throw new IngestException(Problem.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type " + mediaType.getType() + "/" + mediaType.getSubtype()
                            + " is not accepted; send one of " + ACCEPTED_TYPES + ".");
        }
        return mediaType;
    }
}
