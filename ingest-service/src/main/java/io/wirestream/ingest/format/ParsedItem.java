package io.wirestream.ingest.format;

import io.wirestream.contract.ProviderFields;
import io.wirestream.ingest.IngestException;
import java.util.Objects;

/**
 * One article of a document, or the reason it cannot be one.
 *
 * @param payload the item's own text (the whole document when it holds one item)
 * @param fields  what the format states about the item; null when {@code problem} is set
 * @param problem why this item was refused; null for a good item
 */
public record ParsedItem(String payload, ProviderFields fields, IngestException problem) {

    public ParsedItem {
        if ((fields == null) == (problem == null)) {
            throw new IllegalArgumentException("an item has either fields or a problem");
        }
    }

    public static ParsedItem of(String payload, ProviderFields fields) {
        return new ParsedItem(Objects.requireNonNull(payload, "payload"), Objects.requireNonNull(fields, "fields"), null);
    }

    public static ParsedItem refused(String payload, IngestException problem) {
        return new ParsedItem(payload, null, Objects.requireNonNull(problem, "problem"));
    }

    public boolean ok() {
        return problem == null;
    }
}
