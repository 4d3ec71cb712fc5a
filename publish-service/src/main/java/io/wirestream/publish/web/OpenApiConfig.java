package io.wirestream.publish.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description (/v3/api-docs, Swagger UI at /swagger-ui.html), with the error contract:
 * every operation may answer an RFC 9457 problem+json document whose type names the problem.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String PROBLEM = "Problem";

    static {
        // Items are served as stored ninjs JSON, not as Jackson's node API.
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new ObjectSchema()
                .description("A ninjs 3.1 news item (https://www.iptc.org/std/ninjs/)"));
    }

    @Bean
    OpenAPI publishOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Wirestream publish API").version("v1")
                        .description("ninjs 3.1 articles, stories, feeds (Atom, RSS 2.0, JSON Feed 1.1) and a "
                                + "server-sent-events stream. Errors are application/problem+json."));
    }

    /**
     * Adds the problem schema and the problem+json answer to every operation, after springdoc built
     * the rest, so clients see the error contract everywhere.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                var content = new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
                operation.getResponses().addApiResponse("4XX", new ApiResponse()
                        .description("Client error as problem+json").content(content));
                operation.getResponses().addApiResponse("5XX", new ApiResponse()
                        .description("Server error as problem+json").content(content));
            }));
        };
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details. `type` is stable: " + Problems.BASE + "<kind>, e.g. "
                        + "article-not-found (404), article-killed (410), story-not-found (404), story-killed (410), "
                        + "feed-not-found (404), invalid-limit, invalid-cursor, invalid-parameter, "
                        + "invalid-last-event-id (400), not-found (404), internal-error (500).")
                .addProperty("type", new StringSchema().format("uri").example(Problems.BASE + "article-killed"))
                .addProperty("title", new StringSchema().example("Article killed"))
                .addProperty("status", new IntegerSchema().example(410))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"));
    }
}
