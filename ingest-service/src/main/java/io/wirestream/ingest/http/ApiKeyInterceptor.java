package io.wirestream.ingest.http;

import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.auth.SourceAuthenticator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Authenticates a push before its body is read: {@code Authorization: Bearer <key>} or
 * {@code X-API-Key: <key>}. The matching source's name is left in a request attribute.
 */
class ApiKeyInterceptor implements HandlerInterceptor {

    static final String SOURCE_ATTRIBUTE = "io.wirestream.ingest.source";
    static final String API_KEY_HEADER = "X-API-Key";

    private final SourceAuthenticator authenticator;

    ApiKeyInterceptor(SourceAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String key = presentedKey(request);
        if (key == null) {
            IngestException missing = new IngestException(Problem.UNAUTHENTICATED,
                    "Send the source's API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'.");
            missing.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            throw missing;
        }
        String source = authenticator.sourceFor(key).orElseThrow(() -> new IngestException(Problem.FORBIDDEN,
                "The API key does not belong to any configured source."));
        request.setAttribute(SOURCE_ATTRIBUTE, source);
        return true;
    }

    private static String presentedKey(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.length() > 7
                && authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            String token = authorization.substring(7).strip();
            if (!token.isEmpty()) {
                return token;
            }
        }
        String apiKey = request.getHeader(API_KEY_HEADER);
        return apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }
}
