package io.wirestream.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PayloadTemplateTest {

    private static final String DOCUMENT = "{\n  \"uri\": \"urn:nordwire:1\",\n  \"headlines\": [{\"value\": \"Tromsø\"}]\n}";

    @Test
    void anItemIsTheDocumentWithItsOwnUri() {
        PayloadTemplate.Items items = PayloadTemplate.of(DOCUMENT.getBytes(StandardCharsets.UTF_8)).items("run1", "h");

        for (long n : new long[] {0, 7, 10, 99, 12_345, Long.MAX_VALUE}) {
            String expected = DOCUMENT.replace("urn:nordwire:1", "urn:bench:run1:h:" + n);
            assertThat(new String(items.bytes(n), StandardCharsets.UTF_8)).isEqualTo(expected);
            assertThat(items.length(n)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void writesIntoABufferAtAnOffset() {
        PayloadTemplate.Items items = PayloadTemplate.of(DOCUMENT.getBytes(StandardCharsets.UTF_8)).items("r", "c");
        byte[] buffer = new byte[200];
        buffer[0] = 'X';

        int end = items.write(42, buffer, 1);

        assertThat(new String(buffer, 0, end, StandardCharsets.UTF_8))
                .isEqualTo("X" + DOCUMENT.replace("urn:nordwire:1", "urn:bench:r:c:42"));
    }

    @Test
    void aDocumentWithoutUriCannotBeMadeUnique() {
        assertThatIllegalArgumentException().isThrownBy(() -> PayloadTemplate.of("{\"guid\": \"x\"}".getBytes()));
    }
}
