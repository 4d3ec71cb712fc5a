package io.wirestream.enrich.tag;

/** One loaded tagger shared by the rule tests (loading it takes a few seconds). */
final class TaggerFixture {

    private static Tagger tagger;

    private TaggerFixture() {
    }

    static synchronized Tagger tagger() {
        if (tagger == null) {
            tagger = Tagger.withDefaults();
        }
        return tagger;
    }

    /** Tags an English text without a headline. */
    static Tags tag(String text) {
        return tagger().tag(text, null, "en");
    }
}
