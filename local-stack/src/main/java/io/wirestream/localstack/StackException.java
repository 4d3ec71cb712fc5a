package io.wirestream.localstack;

/** A failure the user can act on; printed as one line, never as a stack trace. */
final class StackException extends RuntimeException {

    StackException(String message) {
        super(message);
    }
}
