package io.wirestream.enrich.dedupe;

import io.wirestream.contract.DedupeVerdict;
import io.wirestream.contract.DedupeVerdict.EventLink;
import io.wirestream.enrich.event.EventInput;
import io.wirestream.enrich.event.EventLinker;
import io.wirestream.enrich.event.EventSettings;
import io.wirestream.enrich.event.EventState;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./wirestream dedupe IN.jsonl OUT.jsonl}: the service's dedupe rules over a file of
 * articles, one JSON object per line ({@code id, headline, body, source?, guid?, version?,
 * receivedAt?, pubStatus?, signal?}), one verdict line out per article in input order. Articles are
 * decided in the order they were received (by {@code receivedAt}, then id, as the service does);
 * without {@code receivedAt} the line order is the arrival order.
 */
public final class BatchDedupe {

    // not the event mapper: verdict lines keep their nulls ("of": null), as the batch format says
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private BatchDedupe() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: dedupe IN.jsonl OUT.jsonl");
            System.exit(2);
        }
        List<DedupeInput> articles = read(Path.of(args[0]));
        Map<String, DedupeVerdict> verdicts = run(articles, DedupeSettings.defaults());
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (DedupeInput article : articles) {
                out.write(line(article.id(), verdicts.get(article.id())));
                out.newLine();
            }
        }
        System.err.printf(Locale.ROOT, "dedupe: %d articles -> %s%n", articles.size(), args[1]);
    }

    /** Decides every article in arrival order; the map iterates in that order too. */
    public static Map<String, DedupeVerdict> run(List<DedupeInput> articles, DedupeSettings settings) {
        return run(articles, settings, EventSettings.defaults());
    }

    /** As {@link #run(List, DedupeSettings)}, originals also get their same-event link, as in the stream. */
    public static Map<String, DedupeVerdict> run(List<DedupeInput> articles, DedupeSettings settings,
            EventSettings events) {
        DedupeEngine engine = new DedupeEngine(DedupeState.inMemory(), settings);
        EventLinker linker = new EventLinker(EventState.inMemory(), events);
        List<DedupeInput> byArrival = new ArrayList<>(articles);
        byArrival.sort(ARRIVAL);
        Map<String, DedupeVerdict> verdicts = new LinkedHashMap<>();
        for (DedupeInput article : byArrival) {
            DedupeVerdict verdict = engine.decide(article);
            if (verdict.kind() == DedupeVerdict.Kind.ORIGINAL) {
                verdict = verdict.withSameEvent(linker.link(
                        new EventInput(article.id(), verdict.story(), article.body(), article.receivedAt())));
            }
            if (verdicts.putIfAbsent(article.id(), verdict) != null) {
                throw new IllegalArgumentException("article id " + article.id() + " appears twice");
            }
        }
        return verdicts;
    }

    /** Earliest received first, ties broken by id: the order every dedupe run decides in. */
    public static final Comparator<DedupeInput> ARRIVAL =
            Comparator.comparing(DedupeInput::receivedAt).thenComparing(DedupeInput::id);

    static List<DedupeInput> read(Path file) throws IOException {
        List<DedupeInput> articles = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    articles.add(parse(line, number));
                }
            }
        }
        return articles;
    }

    static DedupeInput parse(String line, int number) {
        try {
            JsonNode node = JSON.readTree(line);
            String id = text(node, "id");
            if (id == null) {
                throw new IllegalArgumentException("no \"id\"");
            }
            String body = text(node, "body");
            String headline = text(node, "headline");
            String receivedAt = text(node, "receivedAt");
            return new DedupeInput(id, text(node, "source"), body != null ? body : headline != null ? headline : "",
                    text(node, "guid"), node.path("version").asInt(1),
                    "canceled".equalsIgnoreCase(text(node, "pubStatus")), text(node, "signal"),
                    receivedAt != null ? Instant.parse(receivedAt) : Instant.EPOCH.plusMillis(number));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    static String line(String id, DedupeVerdict verdict) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("verdict", verdict.kind().name().toLowerCase(Locale.ROOT));
        out.put("of", verdict.of());
        out.put("story", verdict.story());
        out.put("similarity", verdict.similarity());
        out.put("sameEvent", event(verdict.sameEvent()));
        return JSON.writeValueAsString(out);
    }

    private static Map<String, Object> event(EventLink link) {
        if (link == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("story", link.story());
        out.put("of", link.of());
        out.put("similarity", link.similarity());
        return out;
    }
}
