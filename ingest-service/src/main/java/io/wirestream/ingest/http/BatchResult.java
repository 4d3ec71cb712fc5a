package io.wirestream.ingest.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.springframework.http.ProblemDetail;

/**
 * The 207 answer to a batch: one entry per item in document order, each with its own status.
 *
 * @param source     the source the batch was accepted for
 * @param format     the wire format it was read as
 * @param accepted   items accepted now (202)
 * @param duplicates items accepted before (200)
 * @param refused    items refused (their problem is in the entry)
 * @param items      the entries
 */
record BatchResult(String source, String format, int accepted, int duplicates, int refused, List<Item> items) {

    /**
     * @param index    position in the batch, from 0
     * @param status   202 accepted, 200 duplicate, or the problem's status
     * @param id       article id (accepted and duplicate items)
     * @param location where the article will be served
     * @param problem  RFC 9457 problem of a refused item
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(int index, int status, String id, String location, ProblemDetail problem) {
    }
}
