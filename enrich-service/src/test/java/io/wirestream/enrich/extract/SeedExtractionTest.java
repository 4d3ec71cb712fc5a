package io.wirestream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.contract.RawArticle;
import io.wirestream.contract.WireFormat;
import io.wirestream.testsupport.SharedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SeedExtractionTest {

    @Test
    void seedPageGivesHeadlineAndSeventeenCleanParagraphs() throws Exception {
        Path page = SharedFiles.require("samples/xinhua-2012-11-23-russia-us.txt");
        JsonNode expected = JsonMapper.builder().build()
                .readTree(SharedFiles.require("samples/xinhua-2012-11-23-russia-us.expected.json").toFile());
        RawArticle raw = new RawArticle("id", "xinhua-web", Instant.now(), WireFormat.TEXT, "text/plain",
                Files.readString(page), null);

        Extracted extracted = new Extraction().extract(raw);

        assertThat(extracted.headline()).isEqualTo(expected.get("headline").asString());
        List<String> body = extracted.paragraphs();
        assertThat(body).hasSize(expected.get("bodyParagraphs").asInt());
        assertThat(body.getFirst()).containsSubsequence(expected.get("bodyStartsWith").asString());
        assertThat(body.getFirst()).matches("^(MOSCOW, Nov\\. 23 \\(Xinhua\\) -- )?Russia and the United States.*");
        assertThat(body.getLast()).endsWith(expected.get("bodyEndsWith").asString());
        String joined = String.join("\n\n", body);
        for (JsonNode forbidden : expected.get("bodyMustNotContain")) {
            assertThat(joined).doesNotContain(forbidden.asString());
        }
    }
}
