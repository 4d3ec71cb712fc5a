package io.wirestream.enrich.tag;

import io.wirestream.enrich.language.LanguageDetection;
import io.wirestream.enrich.tag.Tags.Entity;
import java.util.List;

/**
 * Tags an article with its language, people, places, organisations, IPTC Media Topics and
 * keywords, offline and without Kafka or Spring. Resources load once in the constructor; after
 * that {@link #tag} is safe to call from several threads.
 */
public final class Tagger {

    private static final int KEYWORDS = 6;
    private static final String SPORT = "medtop:15000000";

    private final LanguageDetection language;
    private final Gazetteer gazetteer = Gazetteer.load();
    private final TopicScorer topics = new TopicScorer();
    private final KeywordExtractor keywords = new KeywordExtractor();

    public Tagger(LanguageDetection language) {
        this.language = language;
    }

    /** A tagger with the service's default language thresholds. */
    public static Tagger withDefaults() {
        return new Tagger(new LanguageDetection(60, 0.85));
    }

    /**
     * @param text     article body (required)
     * @param headline may be null
     * @param declared the provider's language, may be null; used when detection is unsure
     */
    public Tags tag(String text, String headline, String declared) {
        String body = text == null ? "" : text;
        return tagInLanguage(body, headline, language.detect(headline, body, declared));
    }

    /**
     * Tags an article whose language is already decided (the enrich stream detects it once, before
     * tagging), so detection does not run twice on the hot path.
     */
    public Tags tagInLanguage(String text, String headline, String lang) {
        String body = text == null ? "" : text;
        String all = headline == null || headline.isBlank() ? body : headline.strip() + ".\n\n" + body;
        List<Tags.Topic> subjects = isEnglish(lang) ? topics.score(headline, body) : List.of();
        boolean sports = !subjects.isEmpty() && subjects.getFirst().qcode().equals(SPORT);
        EntityFinder.Found found = new EntityFinder(gazetteer).find(all, sports);
        List<String> keys = isEnglish(lang) ? keywords.keywords(all, found.surfaces(), KEYWORDS) : List.of();
        return new Tags(lang, found.people(), found.places(), found.organisations(), subjects, keys);
    }

    // the cue tables are English; other languages get entities (names travel) but no topics
    private static boolean isEnglish(String lang) {
        return lang == null || lang.equals("en") || lang.startsWith("en-");
    }

    static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }
}
