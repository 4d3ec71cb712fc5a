package io.wirestream.ingest.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the 202/200 answer to a single-document push ({@link AcceptedArticle}) straight to the
 * servlet response, with Content-Type, Content-Length and Location. Why not a
 * {@code ResponseEntity}: content negotiation and converter selection cost ~6% of a push's CPU for
 * four fixed fields; a writer made once for the record, from the application's mapper (the one
 * Spring MVC would have used), does the same JSON without them.
 */
final class AcceptedResponse {

    private final ObjectWriter json;

    AcceptedResponse(JsonMapper mapper) {
        this.json = mapper.writerFor(AcceptedArticle.class);
    }

    void write(HttpServletResponse response, int status, AcceptedArticle article) throws IOException {
        byte[] body = json(article);
        response.setStatus(status);
        // As HttpHeaders.setLocation(URI) wrote it: non-ASCII in the configured base URL percent-encoded.
        response.setHeader(HttpHeaders.LOCATION, URI.create(article.location()).toASCIIString());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    byte[] json(AcceptedArticle article) {
        return json.writeValueAsBytes(article);
    }
}
