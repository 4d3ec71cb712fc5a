package io.wirestream.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BatchTagTest {

    @TempDir
    Path dir;

    @Test
    void oneOutputLinePerArticleWithCanonicalNames() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.write(in, List.of(
                "{\"id\":\"a\",\"headline\":\"Talks in Geneva\",\"text\":\"U.S. envoy Mark Ellery met Iranian "
                        + "diplomats in Geneva on Tuesday. Ellery said the talks on the nuclear deal were useful "
                        + "and the sanctions could be eased.\"}",
                "",
                "{\"id\":\"b\",\"text\":\"Ja.\",\"language\":\"de\"}"));

        BatchTag.main(new String[] {in.toString(), out.toString()});

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        JsonNode first = JsonMapper.builder().build().readTree(lines.getFirst());
        assertThat(first.get("id").asString()).isEqualTo("a");
        assertThat(first.get("language").asString()).isEqualTo("en");
        assertThat(first.get("people").toString()).isEqualTo("[\"Mark Ellery\"]");
        assertThat(first.get("places").toString()).contains("\"United States\"", "\"Geneva\"");
        assertThat(first.get("topics").get(0).get("qcode").asString()).isEqualTo("medtop:11000000");
        assertThat(first.get("topics").get(0).get("name").asString()).isEqualTo("politics");
        assertThat(first.has("organisations")).isTrue();
        assertThat(first.get("keywords").isArray()).isTrue();
        JsonNode second = JsonMapper.builder().build().readTree(lines.get(1));
        assertThat(second.get("language").asString()).isEqualTo("de");
    }

    @Test
    void aLineWithoutTextIsRejectedWithItsNumber() {
        assertThatThrownBy(() -> BatchTag.line(Tagger.withDefaults(), "{\"id\":\"x\"}", 7))
                .hasMessageContaining("line 7");
    }
}
