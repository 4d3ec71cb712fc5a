package io.wirestream.enrich.tag;

import io.wirestream.enrich.tag.Tags.Entity;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./wirestream tag IN.jsonl OUT.jsonl}: the service's tagger over a file of articles, one
 * JSON object per line ({@code id, text, headline?, language?}), one line out per article in input
 * order ({@code id, language, people, places, organisations, topics, keywords}; entities by
 * canonical name).
 */
public final class BatchTag {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private BatchTag() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: tag IN.jsonl OUT.jsonl");
            System.exit(2);
        }
        Tagger tagger = Tagger.withDefaults();
        int count = 0;
        long started = System.nanoTime();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    out.write(line(tagger, line, number));
                    out.newLine();
                    count++;
                }
            }
        }
        System.err.printf(Locale.ROOT, "tag: %d articles -> %s in %d ms%n", count, args[1],
                (System.nanoTime() - started) / 1_000_000);
    }

    static String line(Tagger tagger, String inputLine, int number) {
        JsonNode node;
        try {
            node = JSON.readTree(inputLine);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("line " + number + ": not JSON: " + e.getMessage(), e);
        }
        String id = text(node, "id");
        String body = text(node, "text");
        if (id == null || body == null) {
            throw new IllegalArgumentException("line " + number + ": needs \"id\" and \"text\"");
        }
        Tags tags = tagger.tag(body, text(node, "headline"), text(node, "language"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("language", tags.language());
        out.put("people", names(tags.people()));
        out.put("places", names(tags.places()));
        out.put("organisations", names(tags.organisations()));
        out.put("topics", tags.topics().stream()
                .map(t -> {
                    Map<String, String> topic = new LinkedHashMap<>();
                    topic.put("qcode", t.qcode());
                    topic.put("name", t.name());
                    return topic;
                })
                .toList());
        out.put("keywords", tags.keywords());
        return JSON.writeValueAsString(out);
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
