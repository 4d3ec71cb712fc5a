package io.wirestream.enrich.tag;

import java.util.List;

/** One loaded tagger for the rule tests, and the names of what it found. */
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

    static List<String> names(List<Tags.Entity> entities) {
        return entities.stream().map(Tags.Entity::name).toList();
    }
}
