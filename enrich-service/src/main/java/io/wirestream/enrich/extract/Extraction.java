package io.wirestream.enrich.extract;

import io.wirestream.contract.RawArticle;
import io.wirestream.contract.WireFormat;
import io.wirestream.enrich.StageException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Stage 2: headline and body paragraphs of a raw article, by wire format. When the document shows
 * no headline the provider's is used, else the body's first sentence; an empty body is an error.
 */
public final class Extraction {

    public static final String STAGE = "extract";

    private final Map<WireFormat, Extractor> extractors =
            new EnumMap<>(WireFormat.class);

    public Extraction() {
        extractors.put(WireFormat.TEXT, new TextPageExtractor());
        extractors.put(WireFormat.HTML, new HtmlPageExtractor());
        // Structured wire formats state headline and body; ingest already mapped them to provider fields.
        Extractor statedFields = new NinjsExtractor();
        for (WireFormat format : WireFormat.values()) {
            if (format.statesFields()) {
                extractors.put(format, statedFields);
            }
        }
    }

    public Extracted extract(RawArticle raw) {
        Extracted found;
        try {
            found = extractors.get(raw.format()).extract(raw);
        } catch (RuntimeException e) {
            throw new StageException(STAGE, "extraction failed: " + e.getMessage(), e);
        }
        if (found.paragraphs().isEmpty()) {
            throw new StageException(STAGE, "no body text found in " + raw.format() + " document");
        }
        String headline = found.headline();
        if (headline == null) {
            String provided = Texts.clean(raw.provider().headline());
            headline = provided.isEmpty() ? Headlines.fromFirstParagraph(found.paragraphs().getFirst()) : provided;
        }
        return new Extracted(headline, found.paragraphs(), found.page());
    }
}
