package io.wirestream.testsupport;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates event JSON against the contract's schema for a topic
 * ({@code schemas/<topic>.schema.json} on the classpath, shipped by the contract module).
 */
public final class ContractSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContractSchemas() {
    }

    /** The validation errors of {@code json} against the topic's schema; empty when it is valid. */
    public static List<String> errors(String topic, byte[] json) {
        JsonNode node = JSON.readTree(json);
        return schemaFor(topic).validate(node).stream().map(Error::toString).toList();
    }

    /** Throws an {@link AssertionError} listing every violation when {@code json} is invalid. */
    public static void assertValid(String topic, byte[] json) {
        List<String> errors = errors(topic, json);
        if (!errors.isEmpty()) {
            throw new AssertionError("Event on " + topic + " violates its schema: " + errors + "\n" + new String(json));
        }
    }

    private static Schema schemaFor(String topic) {
        return SCHEMAS.computeIfAbsent(topic, t -> {
            String resource = "schemas/" + t + ".schema.json";
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("No schema on the classpath for topic " + t + " (" + resource + ")");
                }
                return REGISTRY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
