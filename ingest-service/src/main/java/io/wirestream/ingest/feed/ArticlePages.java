package io.wirestream.ingest.feed;

import io.wirestream.ingest.intake.ArticleIntake;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Fetches the page a feed item links to, for feeds that carry only a teaser. Only http and https
 * (also after a redirect), at most {@value #MAX_REDIRECTS} redirects, the same timeouts and size
 * limit as the feed, and a User-Agent that says who is asking. Only an HTML answer counts; the page is
 * decoded by the same charset rules as a push (the Content-Type's charset, the page's own
 * declaration, detection).
 */
final class ArticlePages {

    static final int MAX_REDIRECTS = 5;
    static final String USER_AGENT = "wirestream-ingest (news feed poller; fetches linked article pages)";
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** A fetched page: the decoded HTML and the Content-Type to pass on with it. */
    record Page(URI url, String html, String contentType) {
    }

    /** Why a page could not be used; the teaser is sent instead. */
    static final class Unavailable extends Exception {
        Unavailable(String reason) {
            super(reason, null, false, false);
        }
    }

    // Redirects are followed by hand, so each hop's scheme is checked and the count is ours.
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final long maxBytes;

    ArticlePages(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    Page fetch(String link) throws Unavailable, InterruptedException {
        if (link == null) {
            throw new Unavailable("the item has no link");
        }
        URI url;
        try {
            url = URI.create(link.strip());
        } catch (IllegalArgumentException e) {
            throw new Unavailable("the link is no URI: " + e.getMessage());
        }
        for (int hop = 0; ; hop++) {
            requireWeb(url);
            HttpResponse<InputStream> response;
            byte[] body;
            try {
                response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET()
                        .header("Accept", "text/html, application/xhtml+xml;q=0.9")
                        .header("User-Agent", USER_AGENT).build(), HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = response.body()) {
                    body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                }
            } catch (IOException | IllegalArgumentException e) {
                throw new Unavailable(url + " could not be fetched: " + e);
            }
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                if (hop >= MAX_REDIRECTS) {
                    throw new Unavailable(url + " redirects more than " + MAX_REDIRECTS + " times");
                }
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new Unavailable(url + " answered " + status + " without a Location");
                }
                try {
                    url = url.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw new Unavailable(url + " redirects to an invalid Location: " + location);
                }
                continue;
            }
            if (status != 200) {
                throw new Unavailable(url + " answered " + status);
            }
            if (body.length > maxBytes) {
                throw new Unavailable(url + " is larger than " + maxBytes + " bytes");
            }
            return page(url, response.headers().firstValue("Content-Type").orElse(null), body);
        }
    }

    private static Page page(URI url, String contentType, byte[] body) throws Unavailable {
        MediaType type;
        try {
            type = contentType == null ? MediaType.TEXT_HTML : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            throw new Unavailable(url + " sent an invalid Content-Type: " + contentType);
        }
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        if (!(type.getType().equalsIgnoreCase("text") && subtype.equals("html"))
                && !(type.getType().equalsIgnoreCase("application") && subtype.equals("xhtml+xml"))) {
            throw new Unavailable(url + " is no HTML page but " + type);
        }
        String html;
        try {
            html = ArticleIntake.decode(body, type);
        } catch (RuntimeException e) {
            throw new Unavailable(url + " cannot be decoded: " + e.getMessage());
        }
        if (html.isBlank()) {
            throw new Unavailable(url + " is empty");
        }
        return new Page(url, html, contentType == null ? "text/html" : contentType);
    }

    private static void requireWeb(URI url) throws Unavailable {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new Unavailable(url + " is no http(s) address");
        }
    }
}
