package io.wirestream.publish.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.testsupport.SharedFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class MediaTopicsTest {

    @Test
    void aTopicIncludesEveryLevelBelowItInTheIptcExport() throws Exception {
        var file = SharedFiles.require("standards/iptc-mediatopics/cptall-x-all.json");
        MediaTopics topics = MediaTopics.read(Files.newInputStream(file));
        // lobbying < political process < politics, in the official tree.
        assertThat(topics.withNarrower("medtop:11000000")).contains("medtop:11000000", "medtop:20000649",
                "medtop:20000650").hasSizeGreaterThan(50);
        assertThat(topics.withNarrower("20000649")).contains("medtop:20000650").doesNotContain("medtop:11000000");
        assertThat(topics.withNarrower("http://cv.iptc.org/newscodes/mediatopic/20000650"))
                .containsExactly("medtop:20000650");
        // Nothing from another branch leaks in.
        assertThat(topics.withNarrower("medtop:11000000")).noneMatch(code -> code.equals("medtop:15000000"));
    }

    @Test
    void withoutAHierarchyATopicIsJustItself() {
        assertThat(MediaTopics.NONE.withNarrower("11000000")).containsExactly("medtop:11000000");
        assertThat(MediaTopics.NONE.withNarrower(" MEDTOP:04000000 ")).containsExactly("medtop:04000000");
        assertThat(MediaTopics.NONE.withNarrower("subj:15000000")).containsExactly("subj:15000000");
    }

    @Test
    void refusesAFileWithoutTree() {
        var json = "{\"conceptSet\": [{\"uri\": \"http://cv.iptc.org/newscodes/mediatopic/1\"}]}";
        assertThatThrownBy(() -> MediaTopics.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void survivesCyclesInBrokenData() {
        var json = """
                {"conceptSet": [
                 {"uri": "http://cv.iptc.org/newscodes/mediatopic/1", "broader": ["http://cv.iptc.org/newscodes/mediatopic/2"]},
                 {"uri": "http://cv.iptc.org/newscodes/mediatopic/2", "broader": ["http://cv.iptc.org/newscodes/mediatopic/1"]}]}
                """;
        MediaTopics topics = MediaTopics.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(topics.withNarrower("medtop:1")).containsExactlyInAnyOrder("medtop:1", "medtop:2");
    }
}
