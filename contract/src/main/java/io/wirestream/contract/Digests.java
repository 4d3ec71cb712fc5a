package io.wirestream.contract;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 and MD5 digests without a provider lookup per call. Why: {@code MessageDigest.getInstance}
 * walks the security providers and their algorithm constraints each time, which costs more than
 * hashing the few dozen bytes of an id; a push hashed four such strings. A copy of one prototype
 * gives the same digest for a fraction of that.
 */
public final class Digests {

    private static final MessageDigest SHA_256 = load("SHA-256");
    private static final MessageDigest MD5 = load("MD5");

    private Digests() {
    }

    public static byte[] sha256(byte[] input) {
        return copyOf(SHA_256).digest(input);
    }

    public static byte[] md5(byte[] input) {
        return copyOf(MD5).digest(input);
    }

    private static MessageDigest copyOf(MessageDigest prototype) {
        try {
            return (MessageDigest) prototype.clone();
        } catch (CloneNotSupportedException e) {
            // The JDK's own SHA-256 and MD5 are cloneable; a provider whose digests are not still works.
            return load(prototype.getAlgorithm());
        }
    }

    private static MessageDigest load(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
