package io.wirestream.enrich.decode;

import io.wirestream.contract.EventJson;
import io.wirestream.contract.RawArticle;
import io.wirestream.enrich.StageException;

/** Stage 1: the raw record value, as bytes, to a {@link RawArticle}. */
public final class RawDecoder {

    public static final String STAGE = "decode";

    public RawArticle decode(byte[] value) {
        if (value == null || value.length == 0) {
            throw new StageException(STAGE, "empty record value");
        }
        try {
            return EventJson.fromBytes(value, RawArticle.class);
        } catch (RuntimeException e) {
            // Jackson errors and the record's own null checks both mean: not a RawArticle
            throw new StageException(STAGE, "not a RawArticle: " + e.getMessage(), e);
        }
    }
}
