package io.wirestream.contract;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Deterministic ids. The same provider item (source + guid) always gets the same article id, so
 * every version of it shares one id and one Kafka partition; an item without a guid is identified
 * by its content, so re-sending the same bytes cannot create a second article.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** Article id for a provider item that carries its own guid. */
    public static String forProviderItem(String source, String guid) {
        return nameBasedUuid("item:" + source + ":" + guid);
    }

    /** Article id for content without a provider guid. */
    public static String forContent(String source, String contentHash) {
        return nameBasedUuid("content:" + source + ":" + contentHash);
    }

    /** Kafka key of a raw article: keeps all versions of one item in order on one partition. */
    public static String rawKey(String source, String guid, String contentHash) {
        return guid != null ? source + ":" + guid : contentHash;
    }

    /** Hex SHA-256 of a text, used as content hash. */
    public static String sha256(String text) {
        return HexFormat.of().formatHex(Digests.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The same value as {@link UUID#nameUUIDFromBytes} (version 3, MD5), without its provider lookup. */
    static String nameBasedUuid(String name) {
        ByteBuffer md5 = ByteBuffer.wrap(Digests.md5(name.getBytes(StandardCharsets.UTF_8)));
        long high = md5.getLong() & ~0xF000L | 0x3000L;
        long low = md5.getLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
