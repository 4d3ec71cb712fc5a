package io.wirestream.contract;

/**
 * Kafka header names. Events follow the CloudEvents Kafka protocol binding in binary mode, so any
 * CloudEvents-aware consumer can read the envelope without knowing Wirestream.
 */
public final class EventHeaders {

    public static final String CE_ID = "ce_id";
    public static final String CE_SOURCE = "ce_source";
    public static final String CE_TYPE = "ce_type";
    public static final String CE_SPECVERSION = "ce_specversion";
    public static final String CE_TIME = "ce_time";
    public static final String CE_SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
    public static final String RAW_EVENT_TYPE = "io.wirestream.article.raw.v1";
    public static final String ENRICHED_EVENT_TYPE = "io.wirestream.article.enriched.v1";

    /** Dead-letter headers: why and where a record failed. */
    public static final String ERROR_CLASS = "ws_error_class";
    public static final String ERROR_MESSAGE = "ws_error_message";
    public static final String ERROR_STAGE = "ws_error_stage";
    public static final String ORIGINAL_TOPIC = "ws_original_topic";
    public static final String ORIGINAL_PARTITION = "ws_original_partition";
    public static final String ORIGINAL_OFFSET = "ws_original_offset";

    private EventHeaders() {
    }
}
