package io.wirestream.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** The answer written without Spring MVC must be what the ResponseEntity wrote before, for any source or base URL. */
class AcceptedResponseTest {

    private static final JsonMapper JACKSON = JsonMapper.builder().build();
    private final AcceptedResponse accepted = new AcceptedResponse(JACKSON);
    private static final String ID = "0f8a4c55-2b1e-3d6f-9a7c-1e2d3c4b5a69";

    @Test
    void writesWhatJacksonWritesForTheRecord() {
        for (AcceptedArticle article : new AcceptedArticle[] {
                new AcceptedArticle(ID, "nordwire", "http://localhost:8083/v1/articles/" + ID, false),
                new AcceptedArticle(ID, "agency-x_2", "https://news.example/v1/articles/" + ID, true),
                new AcceptedArticle(ID, "quote\"back\\slash", "http://h/ä/ø?q=\"x\"&t=\t\n\r\b\f\u0001\u001f/" + ID, false)}) {
            assertThat(new String(accepted.json(article), StandardCharsets.UTF_8))
                    .isEqualTo(JACKSON.writeValueAsString(article));
        }
    }

    @Test
    void setsStatusTypeLengthAndLocation() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        AcceptedArticle article = new AcceptedArticle(ID, "nordwire", "http://localhost:8083/v1/articles/" + ID, false);

        accepted.write(response, 202, article);

        assertThat(response.getStatus()).isEqualTo(202);
        assertThat(response.getHeader("Location")).isEqualTo("http://localhost:8083/v1/articles/" + ID);
        assertThat(response.getContentType()).isEqualTo("application/json");
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
        assertThat(response.getContentAsString()).isEqualTo(JACKSON.writeValueAsString(article));
    }
}
