package io.wirestream.enrich;

/** A failure of one pipeline stage for one record; the stage name ends up in the dead-letter headers. */
public class StageException extends RuntimeException {

    private final String stage;

    public StageException(String stage, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
    }

    public StageException(String stage, String message) {
        this(stage, message, null);
    }

    public String stage() {
        return stage;
    }

    /** The exception that explains the failure best: the cause if there is one, else this. */
    public Throwable reason() {
        return getCause() != null ? getCause() : this;
    }
}
