package io.wirestream.enrich.stream;

import io.wirestream.contract.ArticleIds;
import io.wirestream.contract.ProviderFields;
import io.wirestream.contract.RawArticle;
import io.wirestream.contract.WireFormat;
import io.wirestream.enrich.dedupe.DedupeInput;
import io.wirestream.enrich.dedupe.bench.SyntheticWire;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Raw articles as ingest would produce them, for topology and integration tests. */
final class RawArticles {

    static final Instant RECEIVED = Instant.parse("2012-11-23T11:10:00Z");

    private RawArticles() {
    }

    /** A scraped page without provider id: id and key come from the content hash. */
    static RawArticle page(String source, WireFormat format, String payload) {
        String hash = ArticleIds.sha256(payload);
        return new RawArticle(ArticleIds.forContent(source, hash), source, RECEIVED, format, "text/plain; charset=utf-8",
                payload, null);
    }

    /** A ninjs item from a provider with its own guid and version. */
    static RawArticle ninjs(String source, String guid, int version, String headline, String body) {
        ProviderFields provider = new ProviderFields(guid, version, headline, body, "text/plain", "By Kim Berg", null,
                "en", "usable", RECEIVED.plusSeconds(version * 60L), RECEIVED, List.of("medtop:04000000"));
        return new RawArticle(ArticleIds.forProviderItem(source, guid), source, RECEIVED, WireFormat.NINJS,
                "application/json", "{\"guid\":\"" + guid + "\"}", provider);
    }

    /** A ninjs item with a received time, pub status and update signal of its own. */
    static RawArticle ninjs(String source, String guid, int version, String headline, String body, Instant received,
            String pubStatus, String signal) {
        ProviderFields provider = new ProviderFields(guid, version, headline, body, "text/plain", null, null, "en",
                pubStatus, received, RECEIVED, List.of(), null, null, signal, null, null);
        return new RawArticle(ArticleIds.forProviderItem(source, guid), source, received, WireFormat.NINJS,
                "application/json", "{\"guid\":\"" + guid + "\"}", provider);
    }

    /** Article {@code n} of a synthetic wire stream as a ninjs item with a guid of its own (restore benchmark, DirectFillIT). */
    static RawArticle synthetic(SyntheticWire wire, long n) {
        DedupeInput in = wire.article(n);
        return ninjs(in.source(), "item-" + n, 1, "Headline " + n, in.body(), in.receivedAt(), "usable", null);
    }

    static byte[] key(RawArticle raw) {
        String guid = raw.provider().guid();
        return ArticleIds.rawKey(raw.source(), guid, ArticleIds.sha256(raw.payload())).getBytes(StandardCharsets.UTF_8);
    }
}
