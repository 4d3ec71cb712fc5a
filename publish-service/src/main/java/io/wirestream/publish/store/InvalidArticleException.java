package io.wirestream.publish.store;

/** An article that can never be stored, however often it is retried. */
public class InvalidArticleException extends RuntimeException {

    InvalidArticleException(String message) {
        super(message);
    }
}
