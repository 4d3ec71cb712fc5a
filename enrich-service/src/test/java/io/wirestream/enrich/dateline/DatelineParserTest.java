package io.wirestream.enrich.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.contract.Dateline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineParserTest {

    private final DatelineParser parser = new DatelineParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "MOSCOW, Nov. 23 (Xinhua) -- Russia and the US met.|MOSCOW|Nov. 23|Xinhua|Russia and the US met.",
        "GENEVA (Reuters) - Talks resumed on Monday.|GENEVA|-|Reuters|Talks resumed on Monday.",
        "PARIS, March 3 (AFP) — Strikes spread.|PARIS|March 3|AFP|Strikes spread.",
        "WASHINGTON — The Senate voted.|WASHINGTON|-|-|The Senate voted.",
        "BEIJING, Nov. 23 -- Snow fell.|BEIJING|Nov. 23|-|Snow fell.",
        "NEW YORK, Jan 5, 2024 (AP) – Stocks rose.|NEW YORK|Jan 5, 2024|AP|Stocks rose.",
        "SÃO PAULO (Reuters) - Brazil's real fell.|SÃO PAULO|-|Reuters|Brazil's real fell.",
    })
    void parsesCommonDatelineForms(String paragraph, String place, String date, String agency, String rest) {
        DatelineParser.Match match = parser.parse(paragraph);
        assertThat(match.dateline()).isEqualTo(new Dateline(place, date, agency));
        assertThat(match.rest()).isEqualTo(rest);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Russia and the United States are trying to seek common development.",
        "NATO - the alliance - met on Monday.",
        "The U.S. -- and its allies -- disagreed.",
        "MOSCOW --",
    })
    void leavesParagraphsWithoutDatelineAlone(String paragraph) {
        DatelineParser.Match match = parser.parse(paragraph);
        assertThat(match.dateline()).isNull();
        assertThat(match.rest()).isEqualTo(paragraph);
    }

    @Test
    void titleCasesPlaces() {
        assertThat(DatelineParser.titleCase("MOSCOW")).isEqualTo("Moscow");
        assertThat(DatelineParser.titleCase("NEW YORK")).isEqualTo("New York");
        assertThat(DatelineParser.titleCase("WINSTON-SALEM, N.C.")).isEqualTo("Winston-Salem");
    }
}
