package io.wirestream.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The service describes itself: OpenAPI 3 with every public path and the problem+json contract. */
class OpenApiIT extends PublishItSupport {

    @Test
    void servesAnOpenApiDescriptionWithTheErrorContract() {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode api = json(response);
        assertThat(api.path("openapi").asString()).startsWith("3.");
        JsonNode paths = api.path("paths");
        assertThat(paths.propertyNames()).contains("/v1/articles", "/v1/articles/{id}", "/v1/articles/{id}/versions",
                "/v1/stories", "/v1/stories/{id}", "/feeds/{file}", "/v1/stream");
        JsonNode problem = paths.path("/v1/articles/{id}").path("get").path("responses").path("4XX").path("content")
                .path("application/problem+json").path("schema");
        assertThat(problem.path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(api.path("components").path("schemas").path("Problem").path("properties").propertyNames())
                .as("%s", api.path("components"))
                .contains("type", "title", "status", "detail");
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }
}
