package io.wirestream.ingest.auth;

import io.wirestream.contract.Digests;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** SHA-256 of API keys: only these hashes are ever configured, so a leaked config leaks no key. */
public final class ApiKeys {

    private ApiKeys() {
    }

    /** The raw SHA-256 digest of a key's UTF-8 bytes. */
    public static byte[] sha256(String apiKey) {
        return Digests.sha256(apiKey.getBytes(StandardCharsets.UTF_8));
    }

    /** The lower-case hex SHA-256 of a key, the form used in configuration. */
    public static String sha256Hex(String apiKey) {
        return HexFormat.of().formatHex(sha256(apiKey));
    }

    /** Parses a configured hex hash; refuses anything that is not 64 hex digits. */
    static byte[] parseHash(String source, String hex) {
        String trimmed = hex == null ? "" : hex.strip();
        if (trimmed.length() != 64 || !trimmed.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("wirestream.ingest.sources." + source
                    + ".api-key-sha256 must be the 64 hex digits of a SHA-256 (e.g. printf %s \"$KEY\" | sha256sum)");
        }
        return HexFormat.of().parseHex(trimmed.toLowerCase(java.util.Locale.ROOT));
    }

    /** Command-line helper for operators: prints the hash to configure for a key. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ApiKeys <api-key>");
            System.exit(2);
        }
        System.out.println(sha256Hex(args[0]));
    }
}
