package io.wirestream.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the page around an article said about it, for articles extracted from web pages. The
 * headline, byline, dates and language go into the ninjs item; the rest, which ninjs has no
 * plain field for, travels here.
 *
 * @param siteName     the publishing site's name ("Xinhua")
 * @param canonicalUrl the page's canonical URL
 * @param imageUrl     the article's main image
 * @param authors      each author separately (ninjs {@code by} joins them into one byline)
 * @param modified     when the page says the article was last updated, with the page's offset
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PageMetadata(String siteName, String canonicalUrl, String imageUrl, List<String> authors,
        OffsetDateTime modified) {

    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** True when the page stated none of these. */
    @JsonIgnore
    public boolean isEmpty() {
        return siteName == null && canonicalUrl == null && imageUrl == null && authors.isEmpty() && modified == null;
    }
}
