package io.wirestream.publish.topic;

import io.wirestream.contract.EventJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The IPTC Media Topic tree (narrower topics of each topic), read from the IPTC's own JSON-LD
 * export ({@code cptall-x-all.json}). Articles are tagged with the codes their provider stated; a
 * filter on a topic is widened here to the topic and everything below it.
 */
public final class MediaTopics {

    public static final String URI_PREFIX = "http://cv.iptc.org/newscodes/mediatopic/";
    public static final MediaTopics NONE = new MediaTopics(Map.of());

    private final Map<String, List<String>> narrower;

    private MediaTopics(Map<String, List<String>> narrower) {
        this.narrower = narrower;
    }

    /** Reads the IPTC export; each concept's "broader" links make the tree. */
    public static MediaTopics read(InputStream json) {
        JsonNode root;
        try (json) {
            root = EventJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the Media Topics file", e);
        }
        Map<String, List<String>> narrower = new HashMap<>();
        for (JsonNode concept : root.path("conceptSet")) {
            String qcode = qcode(concept.path("uri").asString(""));
            if (qcode == null) {
                continue;
            }
            for (JsonNode broader : concept.path("broader")) {
                String parent = qcode(broader.asString(""));
                if (parent != null) {
                    narrower.computeIfAbsent(parent, p -> new java.util.ArrayList<>()).add(qcode);
                }
            }
        }
        if (narrower.isEmpty()) {
            throw new IllegalArgumentException("The Media Topics file has no concept with a broader topic");
        }
        narrower.replaceAll((k, v) -> List.copyOf(v));
        return new MediaTopics(Map.copyOf(narrower));
    }

    public boolean hasHierarchy() {
        return !narrower.isEmpty();
    }

    public int size() {
        return narrower.size();
    }

    /**
     * The topic and all its narrower topics, as qcodes. Accepts "medtop:11000000", "11000000" or
     * the concept URI; any other vocabulary's code comes back unchanged and alone.
     */
    public Set<String> withNarrower(String topic) {
        String root = normalise(topic);
        Set<String> all = new LinkedHashSet<>();
        var pending = new ArrayDeque<String>();
        pending.add(root);
        while (!pending.isEmpty()) {
            String next = pending.poll();
            if (all.add(next)) {
                pending.addAll(narrower.getOrDefault(next, List.of()));
            }
        }
        return all;
    }

    /** The qcode a filter value stands for. */
    public static String normalise(String topic) {
        String value = topic.strip();
        String fromUri = qcode(value);
        if (fromUri != null) {
            return fromUri;
        }
        if (value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
            return "medtop:" + value;
        }
        if (value.toLowerCase(Locale.ROOT).startsWith("medtop:")) {
            return "medtop:" + value.substring("medtop:".length());
        }
        return value;
    }

    private static String qcode(String uri) {
        String normalised = uri.replace("https://", "http://");
        if (normalised.startsWith(URI_PREFIX) && normalised.length() > URI_PREFIX.length()) {
            return "medtop:" + normalised.substring(URI_PREFIX.length());
        }
        return null;
    }
}
