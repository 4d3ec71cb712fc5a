package io.wirestream.ingest.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.wirestream.ingest.Problem;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves as RFC 9457 problem+json with a wirestream type URI: ingest's own refusals
 * and Spring MVC's (unsupported media type, too large, not found, ...). Each one is counted.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final URI BLANK = URI.create("about:blank");

    private final MeterRegistry meters;

    ProblemAdvice(MeterRegistry meters) {
        this.meters = meters;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Unexpected error while handling {}", request.getDescription(false), ex);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; nothing was accepted. The error has been logged.");
        return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            if (problem.getType() == null || BLANK.equals(problem.getType())) {
                problem.setType(Problem.typeFor(kindFor(statusCode)));
            }
            String type = problem.getType().toString();
            meters.counter("wirestream.ingest.rejected", "reason", type.substring(type.lastIndexOf('/') + 1)).increment();
            if (statusCode.is4xxClientError()) {
                log.info("Refused {}: {} {}", request.getDescription(false), statusCode.value(), problem.getDetail());
            }
        }
        return response;
    }

    /** Spring's own errors get the matching ingest kind, or a slug of their status. */
    static String kindFor(HttpStatusCode statusCode) {
        return switch (statusCode.value()) {
            case 400 -> Problem.MALFORMED.kind();
            case 401 -> Problem.UNAUTHENTICATED.kind();
            case 403 -> Problem.FORBIDDEN.kind();
            case 413 -> Problem.PAYLOAD_TOO_LARGE.kind();
            case 415 -> Problem.UNSUPPORTED_MEDIA_TYPE.kind();
            default -> {
                HttpStatus status = HttpStatus.resolve(statusCode.value());
                yield status == null ? "http-" + statusCode.value()
                        : status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            }
        };
    }
}
