package io.wirestream.ingest.http;

/** The 202 body: the article id, the source it was accepted for, and where it will be served. */
record AcceptedArticle(String id, String source, String location) {
}
