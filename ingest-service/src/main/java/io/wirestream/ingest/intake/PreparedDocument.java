package io.wirestream.ingest.intake;

import io.wirestream.contract.WireFormat;
import io.wirestream.ingest.IngestException;
import java.util.List;

/**
 * A request body turned into articles.
 *
 * @param format        the wire format it was read as
 * @param batch         true for a container (JSON array, newsMessage, several transmissions)
 * @param entries       one per item, in document order
 * @param charsetReason how the charset was chosen
 */
public record PreparedDocument(WireFormat format, boolean batch, List<Entry> entries, String charsetReason) {

    public PreparedDocument {
        entries = List.copyOf(entries);
    }

    /** An article ready for Kafka, or the problem that kept this item out. */
    public record Entry(PreparedArticle article, IngestException problem) {

        static Entry of(PreparedArticle article) {
            return new Entry(article, null);
        }

        static Entry refused(IngestException problem) {
            return new Entry(null, problem);
        }
    }
}
