package io.wirestream.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

    private final LanguageDetection detection = SharedLanguageDetection.get();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|Russia and the United States are trying to seek common development despite disagreements over several issues.",
        "de|Die Bundesregierung hat am Mittwoch ein neues Gesetz zum Klimaschutz beschlossen, das ab dem kommenden Jahr gelten soll.",
        "fr|Le gouvernement a présenté mercredi un projet de loi sur le climat qui doit entrer en vigueur l'année prochaine.",
        "es|El gobierno presentó el miércoles un proyecto de ley sobre el clima que entrará en vigor el próximo año.",
    })
    void detectsTheBodyLanguage(String expected, String body) {
        assertThat(detection.detect("Headline", body, "xx")).isEqualTo(expected);
    }

    @Test
    void shortBodyFallsToTheHeadlineWithShortTextProfiles() {
        assertThat(detection.detect("Bundestag beschließt neues Klimagesetz für Deutschland", "Kurz.", null))
                .isEqualTo("de");
    }

    @Test
    void tooLittleTextKeepsTheDeclaredLanguage() {
        assertThat(detection.detect("Oui", "Non.", "fr-CA")).isEqualTo("fr-CA");
        assertThat(detection.detect(null, "", null)).isNull();
    }
}
