package io.wirestream.publish.store;

/**
 * One article of a list or search.
 *
 * @param article           the current version
 * @param rank              text-search rank (ts_rank_cd), or null when no query was given
 * @param headlineHighlight the headline with matches between {@link #MARK_START} and {@link #MARK_END}, or null
 * @param bodyHighlight     best body fragments, marked the same way, or null
 */
public record ArticleHit(StoredArticle article, Float rank, String headlineHighlight, String bodyHighlight) {

    /** Control characters mark the matches, so escaping the text stays the caller's job. */
    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';
}
