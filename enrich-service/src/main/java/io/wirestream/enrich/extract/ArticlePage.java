package io.wirestream.enrich.extract;

import io.wirestream.contract.Dateline;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What {@link PageExtractor} found on one page.
 *
 * @param headline     the article's headline (never the site-suffixed {@code <title>} when the page has better)
 * @param paragraphs   body paragraphs in reading order, dateline included as written
 * @param authors      author names, in the page's order, possibly empty
 * @param published    publication date as ISO-8601 text with the offset the page stated; a local
 *                     date-time or a bare date when the page stated no offset; null when unknown
 * @param modified     last update, same form, or null
 * @param siteName     the site's name, or null
 * @param canonicalUrl the canonical URL, else the URL the page came from, or null
 * @param image        the main image URL, or null
 * @param language     the language the page declares (BCP 47), or null
 * @param dateline     the wire dateline opening the body, or null
 */
public record ArticlePage(String headline, List<String> paragraphs, List<String> authors, String published,
                          String modified, String siteName, String canonicalUrl, String image, String language,
                          Dateline dateline) {

    public ArticlePage {
        paragraphs = List.copyOf(paragraphs);
        authors = List.copyOf(authors);
    }

    /** The body as plain text, paragraphs separated by blank lines. */
    public String bodyText() {
        return String.join("\n\n", paragraphs);
    }

    /** The publication date when the page stated it with an offset, else null. */
    public OffsetDateTime publishedWithOffset() {
        return PageDates.withOffset(published);
    }

    public OffsetDateTime modifiedWithOffset() {
        return PageDates.withOffset(modified);
    }
}
