package io.wirestream.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyNormaliserTest {

    @Test
    void foldsTypographyWhitespaceAndCase() {
        assertThat(BodyNormaliser.normalise("“Quoted” — it’s\u00A0here\r\n\r\n\tNext\u2003PARA…"))
                .isEqualTo("\"quoted\" - it's here next para...");
    }

    @Test
    void foldsCompatibilityFormsAndInvisibleCharacters() {
        assertThat(BodyNormaliser.normalise("ﬁnal\u200B Ｆｕｌｌｗｉｄｔｈ")).isEqualTo("final fullwidth");
    }

    @Test
    void sameStoryWithDifferentTypographyHashesTheSame() {
        String a = "He said: \"It's over.\"\n\nThe end - really.";
        String b = "He said:  “It’s over.”\r\n\u00A0The END – really.";
        assertThat(BodyNormaliser.hash(a)).isEqualTo(BodyNormaliser.hash(b)).hasSize(64).matches("[0-9a-f]+");
        assertThat(BodyNormaliser.hash(a)).isNotEqualTo(BodyNormaliser.hash("He said: it's not over."));
    }
}
