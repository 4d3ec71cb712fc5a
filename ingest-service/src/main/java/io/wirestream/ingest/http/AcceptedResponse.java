package io.wirestream.ingest.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Writes the 202/200 answer to a single-document push ({@link AcceptedArticle}) straight to the
 * servlet response: the JSON Jackson would write for the record, with Content-Type, Content-Length
 * and Location. Why not a {@code ResponseEntity}: content negotiation, converter selection and the
 * generator cost ~6% of a push's CPU for four fixed fields; this costs a string build.
 */
final class AcceptedResponse {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private AcceptedResponse() {
    }

    static void write(HttpServletResponse response, int status, AcceptedArticle article) throws IOException {
        byte[] body = json(article);
        response.setStatus(status);
        // As HttpHeaders.setLocation(URI) wrote it: non-ASCII in the configured base URL percent-encoded.
        response.setHeader(HttpHeaders.LOCATION, URI.create(article.location()).toASCIIString());
        response.setContentType(JSON);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** {@code {"id":…,"source":…,"location":…,"duplicate":…}}, escaped as Jackson escapes strings. */
    static byte[] json(AcceptedArticle article) {
        StringBuilder json = new StringBuilder(48 + article.id().length() + article.source().length()
                + article.location().length());
        json.append("{\"id\":");
        string(json, article.id()).append(",\"source\":");
        string(json, article.source()).append(",\"location\":");
        string(json, article.location()).append(",\"duplicate\":").append(article.duplicate()).append('}');
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20) {
                        json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
