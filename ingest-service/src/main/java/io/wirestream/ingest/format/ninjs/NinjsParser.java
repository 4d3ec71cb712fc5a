package io.wirestream.ingest.format.ninjs;

import io.wirestream.contract.EventJson;
import io.wirestream.contract.ProviderFields;
import io.wirestream.contract.WireFormat;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.format.ParsedDocument;
import io.wirestream.ingest.format.ParsedItem;
import io.wirestream.ingest.format.WireDates;
import io.wirestream.ingest.format.WireParser;
import java.util.ArrayList;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what an ninjs document states about itself into {@link ProviderFields}. Accepts ninjs 3
 * ({@code headlines[]}, {@code bodies[]}, {@code by}, camel-case {@code versionCreated},
 * {@code pubStatus}), ninjs 2 and the 1.x names ({@code headline}, {@code body_text}/{@code body_html},
 * {@code byline}, lower-case {@code versioncreated}, {@code pubstatus}, {@code subject[]}) that many
 * wires still send. A JSON array of items is a batch; each element is judged on its own.
 */
public final class NinjsParser implements WireParser {

    /** No ninjs item nests deeper than a handful of levels; deep nesting is a hostile document. */
    static final int MAX_NESTING_DEPTH = 32;

    private static final ObjectReader READER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                    .build())
            .build().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** http://cv.iptc.org/newscodes/{scheme}/{code} */
    private static final Pattern IPTC_CODE_URI =
            Pattern.compile("(?i)^https?://cv\\.iptc\\.org/newscodes/([a-z0-9_-]+)/([^/?#\\s]+)/?$");

    /** IPTC scheme aliases used in qcodes where they differ from the URI's path segment. */
    private static final Map<String, String> SCHEME_ALIASES = Map.of(
            "mediatopic", "medtop",
            "subjectcode", "subj");

    @Override
    public WireFormat format() {
        return WireFormat.NINJS;
    }

    @Override
    public ParsedDocument parse(String text) {
        JsonNode root = tree(text);
        if (root != null && root.isArray()) {
            if (root.isEmpty()) {
                throw malformed("The JSON array holds no ninjs item.");
            }
            List<ParsedItem> items = new ArrayList<>();
            for (JsonNode element : root.values()) {
                String payload = EventJson.mapper().writeValueAsString(element);
                try {
                    items.add(ParsedItem.of(payload, fields(element)));
                } catch (IngestException e) {
                    items.add(ParsedItem.refused(payload, e));
                }
            }
            return new ParsedDocument(items, true);
        }
        return ParsedDocument.single(ParsedItem.of(text, fields(root)));
    }

    /** The fields of a single ninjs document (not a batch). */
    static ProviderFields read(String json) {
        return fields(tree(json));
    }

    private static JsonNode tree(String json) {
        JsonNode root;
        try {
            root = READER.readTree(json);
        } catch (JacksonException e) {
            throw malformed("The body is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")" : ""));
        }
        return root;
    }

    private static ProviderFields fields(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw malformed("An ninjs document must be a JSON object, not "
                    + (root == null ? "nothing" : root.getNodeType().name().toLowerCase(Locale.ROOT)) + ".");
        }
        String headline = headline(root);
        Body body = body(root);
        if (headline == null && body == null) {
            throw malformed("The ninjs document has neither a headline (headlines[].value) nor a body (bodies[].value).");
        }
        return new ProviderFields(
                string(root, "uri"),
                version(root.get("version")),
                headline,
                body == null ? null : body.value(),
                body == null ? null : body.contentType(),
                firstString(root, "by", "byline"),
                string(root, "located"),
                string(root, "language"),
                pubStatus(firstString(root, "pubStatus", "pubstatus")),
                dateTime(root, "versionCreated", "versioncreated"),
                dateTime(root, "firstCreated", "firstcreated"),
                subjects(root.has("subjects") ? root.get("subjects") : root.get("subject"), root.has("subjects")),
                string(root, "slugline"),
                urgency(root.get("urgency")),
                null,
                dateTime(root, "embargoed", "embargoedUntil"),
                null);
    }

    /** Maps an IPTC NewsCodes URI to its qcode ("medtop:11000000"); anything else is kept as sent. */
    static String subjectCode(String value) {
        // Most subjects are qcodes, literals or names; only an http(s) URI can match, so test that first.
        if (!value.regionMatches(true, 0, "http", 0, 4)) {
            return value;
        }
        Matcher m = IPTC_CODE_URI.matcher(value);
        if (!m.matches()) {
            return value;
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        return SCHEME_ALIASES.getOrDefault(scheme, scheme) + ":" + m.group(2);
    }

    private record Body(String value, String contentType) {
    }

    private static String headline(JsonNode root) {
        JsonNode headlines = root.get("headlines");
        if (headlines != null && !headlines.isNull()) {
            String chosen = mainOrFirst(array(headlines, "headlines"), "headlines");
            if (chosen != null) {
                return chosen;
            }
        }
        return string(root, "headline");
    }

    private static Body body(JsonNode root) {
        JsonNode bodies = root.get("bodies");
        if (bodies != null && !bodies.isNull()) {
            JsonNode chosen = null;
            for (JsonNode candidate : array(bodies, "bodies")) {
                requireObject(candidate, "bodies[]");
                if (string(candidate, "value") == null) {
                    continue;
                }
                if (chosen == null || "main".equals(string(candidate, "role")) && !"main".equals(string(chosen, "role"))) {
                    chosen = candidate;
                }
            }
            if (chosen != null) {
                return new Body(string(chosen, "value"), string(chosen, "contentType"));
            }
        }
        String html = string(root, "body_html");
        if (html != null) {
            return new Body(html, "text/html");
        }
        String text = string(root, "body_text");
        return text == null ? null : new Body(text, "text/plain");
    }

    /** The value of the element with role "main", else of the first element that has a value. */
    private static String mainOrFirst(List<JsonNode> elements, String field) {
        String first = null;
        for (JsonNode element : elements) {
            requireObject(element, field + "[]");
            String value = string(element, "value");
            if (value == null) {
                continue;
            }
            if ("main".equals(string(element, "role"))) {
                return value;
            }
            first = first == null ? value : first;
        }
        return first;
    }

    private static Integer version(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        Integer version = null;
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            version = node.asInt();
        } else if (node.isTextual()) {
            try {
                version = Integer.valueOf(node.asString().strip());
            } catch (NumberFormatException e) {
                version = null;
            }
        }
        if (version == null || version < 1) {
            throw malformed("'version' must be a positive whole number (as number or string), was " + node + ".");
        }
        return version;
    }

    private static String pubStatus(String value) {
        if (value == null) {
            return null;
        }
        String status = value.toLowerCase(Locale.ROOT);
        return switch (status) {
            case "usable", "withheld", "canceled" -> status;
            case "cancelled" -> "canceled";
            default -> throw malformed("'pubStatus' must be usable, withheld or canceled, was '" + value + "'.");
        };
    }

    private static Instant dateTime(JsonNode root, String field, String alias) {
        String value = firstString(root, field, alias);
        if (value == null) {
            return null;
        }
        try {
            return WireDates.isoOffsetDateTime(value);
        } catch (DateTimeParseException e) {
            throw malformed("'" + field + "' must be an ISO 8601 date-time with offset (e.g. 2024-03-14T09:30:00Z), was '"
                    + value + "'.");
        }
    }

    /** 1 (most urgent) to 9, as a number or a numeric string; anything else is ignored, not refused. */
    private static Integer urgency(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        int value;
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            value = node.asInt();
        } else if (node.isTextual() && node.asString().strip().matches("\\d")) {
            value = Integer.parseInt(node.asString().strip());
        } else {
            return null;
        }
        return value >= 1 && value <= 9 ? value : null;
    }

    /** ninjs 2/3 {@code subjects[]} (uri, literal, name); ninjs 1 {@code subject[]} (code, scheme, name). */
    private static List<String> subjects(JsonNode node, boolean plural) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        String field = plural ? "subjects" : "subject";
        Set<String> codes = new LinkedHashSet<>();
        for (JsonNode subject : array(node, field)) {
            requireObject(subject, field + "[]");
            String value = firstString(subject, "uri", "literal");
            if (value == null && string(subject, "code") != null) {
                String scheme = string(subject, "scheme");
                String code = string(subject, "code");
                value = scheme == null || code.contains(":") ? code : scheme.replaceFirst("/+$", "") + "/" + code;
            }
            if (value == null) {
                value = string(subject, "name");
            }
            if (value != null) {
                codes.add(subjectCode(value));
            }
        }
        return List.copyOf(codes);
    }

    private static String firstString(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = string(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A string property, stripped; null when absent, null or blank; refused when not a string. */
    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw malformed("'" + field + "' must be a string, was " + value.getNodeType().name().toLowerCase(Locale.ROOT) + ".");
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    private static List<JsonNode> array(JsonNode node, String field) {
        if (!node.isArray()) {
            throw malformed("'" + field + "' must be an array.");
        }
        return List.copyOf(node.values());
    }

    private static void requireObject(JsonNode node, String what) {
        if (!node.isObject()) {
            throw malformed("Each element of '" + what + "' must be an object.");
        }
    }

    private static IngestException malformed(String detail) {
        return new IngestException(Problem.MALFORMED, detail);
    }
}
