package io.wirestream.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.enrich.event.EventStories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchDedupeTest {

    @TempDir
    Path dir;

    @Test
    void writesOneVerdictLinePerArticleInInputOrder() throws Exception {
        String body = Stories.FERRY.replace("\n", "\\n");
        Path in = dir.resolve("in.jsonl");
        Files.write(in, List.of(
                "{\"id\":\"late\",\"headline\":\"Ferry\",\"body\":\"" + body + "\",\"receivedAt\":\"2025-05-02T09:00:00Z\"}",
                "{\"id\":\"first\",\"headline\":\"Ferry stops\",\"body\":\"" + body + "\",\"source\":\"wire\",\"guid\":\"g1\","
                        + "\"version\":1,\"receivedAt\":\"2025-05-02T08:00:00Z\"}",
                "",
                "{\"id\":\"kill\",\"headline\":\"KILL\",\"body\":\"Withdrawn.\",\"source\":\"wire\",\"guid\":\"g1\","
                        + "\"version\":2,\"pubStatus\":\"canceled\",\"receivedAt\":\"2025-05-02T10:00:00Z\"}"));
        Path out = dir.resolve("out.jsonl");

        BatchDedupe.main(new String[] {in.toString(), out.toString()});

        assertThat(Files.readAllLines(out)).containsExactly(
                "{\"id\":\"late\",\"verdict\":\"exact\",\"of\":\"first\",\"story\":\"first\",\"similarity\":1.0,\"sameEvent\":null}",
                "{\"id\":\"first\",\"verdict\":\"original\",\"of\":null,\"story\":\"first\",\"similarity\":null,\"sameEvent\":null}",
                "{\"id\":\"kill\",\"verdict\":\"kill\",\"of\":\"first\",\"story\":\"first\",\"similarity\":null,\"sameEvent\":null}");
    }

    @Test
    void aReportInOtherWordsGetsASameEventLinkAndKeepsItsStory() throws Exception {
        Path in = dir.resolve("events.jsonl");
        Files.write(in, List.of(
                "{\"id\":\"ferry\",\"headline\":\"Ferry\",\"body\":\"" + Stories.FERRY.replace("\n", "\\n") + "\"}",
                "{\"id\":\"retold\",\"headline\":\"Buses\",\"body\":\""
                        + EventStories.FERRY_RETOLD.replace("\n", "\\n") + "\"}"));
        Path out = dir.resolve("events-out.jsonl");

        BatchDedupe.main(new String[] {in.toString(), out.toString()});

        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).endsWith("\"story\":\"ferry\",\"similarity\":null,\"sameEvent\":null}");
        assertThat(lines.get(1)).startsWith("{\"id\":\"retold\",\"verdict\":\"original\",\"of\":null,\"story\":\"retold\","
                + "\"similarity\":null,\"sameEvent\":{\"story\":\"ferry\",\"of\":\"ferry\",\"similarity\":");
    }

    @Test
    void withoutReceivedTimesTheLineOrderIsTheArrivalOrder() {
        DedupeInput a = BatchDedupe.parse("{\"id\":\"b\",\"headline\":\"Only a headline\"}", 1);
        DedupeInput b = BatchDedupe.parse("{\"id\":\"a\",\"body\":\"x\"}", 2);
        assertThat(a.receivedAt()).isBefore(b.receivedAt());
        assertThat(a.body()).isEqualTo("Only a headline");
        assertThatThrownBy(() -> BatchDedupe.parse("{\"body\":\"x\"}", 7)).hasMessageContaining("line 7");
    }
}
