package io.wirestream.ingest.http;

/**
 * The answer to a single-document push: 202 when accepted now, 200 with {@code duplicate} true
 * when the same item was accepted before (nothing new was produced). Written by {@link AcceptedResponse}.
 */
record AcceptedArticle(String id, String source, String location, boolean duplicate) {
}
