package io.wirestream.publish.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void escapesEverythingButTheMarks() {
        assertThat(Highlights.html("a <b> & \"c\" '\u0002d\u0003'")).isEqualTo(
                "a &lt;b&gt; &amp; &quot;c&quot; &#39;<mark>d</mark>&#39;");
    }

    @Test
    void marksAreAlwaysBalancedWhateverTheTextContains() {
        assertThat(Highlights.html("\u0003x\u0002\u0002y")).isEqualTo("x<mark>y</mark>");
        assertThat(Highlights.html("a\u0001b")).isEqualTo("ab");
        assertThat(Highlights.html(null)).isNull();
    }
}
