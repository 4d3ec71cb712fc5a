package io.wirestream.enrich.extract.cli;

import io.wirestream.enrich.extract.ArticlePage;
import io.wirestream.enrich.extract.PageExtractor;
import io.wirestream.enrich.language.LanguageDetection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./wirestream extract PAGES_DIR OUT.json}: runs the service's own extractor over every
 * {@code *.html}, {@code *.html.gz}, {@code *.htm} and {@code *.txt} file of a folder and writes one
 * JSON object keyed by file name without extensions, in the format the extraction scorer reads.
 * Starts no Spring context and needs no Kafka.
 */
public final class ExtractCommand {

    private static final List<String> EXTENSIONS = List.of(".html.gz", ".htm.gz", ".html", ".htm", ".txt");

    private ExtractCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: wirestream extract PAGES_DIR OUT.json");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        if (!Files.isDirectory(dir)) {
            System.err.println("wirestream extract: not a folder: " + dir);
            System.exit(2);
        }
        long start = System.nanoTime();
        Map<String, Object> out = run(dir, new PageExtractor(), new LanguageDetection(60, 0.85));
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(Path.of(args[1]).toFile(), out);
        System.err.printf(Locale.ROOT, "extracted %d pages in %.1f s -> %s%n", out.size(),
                (System.nanoTime() - start) / 1e9, args[1]);
    }

    /** Extracts every page of the folder; a page that fails is reported and written with an empty body. */
    static Map<String, Object> run(Path dir, PageExtractor extractor, LanguageDetection languages) throws IOException {
        Map<String, Object> out = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> id(p) != null).sorted().toList();
        }
        for (Path file : files) {
            Map<String, Object> item = new LinkedHashMap<>();
            try {
                ArticlePage page = extractor.extract(read(file), null, null);
                String body = page.bodyText();
                item.put("articleBody", body);
                item.put("headline", page.headline());
                item.put("authors", page.authors());
                item.put("published", page.published());
                item.put("language", languages.detect(page.headline(), body, page.language()));
                item.put("dateline", page.dateline());
            } catch (RuntimeException e) {
                System.err.println("wirestream extract: " + file.getFileName() + ": " + e);
                item.put("articleBody", "");
            }
            out.put(id(file), item);
        }
        return out;
    }

    static byte[] read(Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    /** "abc.html.gz" -> "abc"; null for files the command does not read. */
    static String id(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : EXTENSIONS) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return null;
    }
}
