package io.wirestream.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateTest {

    @Test
    void dropsWrapperParagraphsAndKeepsTheStory() {
        String wrapped = "By Mei Lin, Staff Writer\n\nThe bridge reopened on Friday.\r\n\r\nIt had been shut since May.\n\n"
                + "Reporting by Lena Holt; editing by Mark Dunne.\n\n© 2025 Harbour Times. All rights reserved.";
        assertThat(Boilerplate.strip(wrapped)).isEqualTo("The bridge reopened on Friday.\n\nIt had been shut since May.");
    }

    @Test
    void keepsABodyThatIsAllWrapperRatherThanNothing() {
        assertThat(Boilerplate.strip("© 2025 Harbour Times")).isEqualTo("© 2025 Harbour Times");
        assertThat(Boilerplate.isWrapper("By the end of the week the bridge will reopen.")).isFalse();
    }
}
