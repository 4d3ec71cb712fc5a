package io.wirestream.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test samples: our own under src/test/resources/samples/formats, the standards' under ../shared. */
public final class Samples {

    private Samples() {
    }

    public static String own(String name) {
        return own(name, StandardCharsets.UTF_8);
    }

    public static String own(String name, Charset charset) {
        return new String(ownBytes(name), charset);
    }

    public static byte[] ownBytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/formats/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String shared(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
