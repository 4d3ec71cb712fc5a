package io.wirestream.enrich.tag;

import java.util.List;

/**
 * What the tagger found in one article.
 *
 * @param language      BCP 47 tag, or null when neither detected nor declared
 * @param people        named people, most relevant first
 * @param places        places with their ISO 3166 country code
 * @param organisations organisations
 * @param topics        IPTC Media Topics; the first is the one to file the story under, each top-level
 *                      topic is followed by its deeper topics
 * @param keywords      a handful of key phrases that are not bare entity names
 */
public record Tags(String language, List<Entity> people, List<Entity> places, List<Entity> organisations,
        List<Topic> topics, List<String> keywords) {

    /**
     * One entity of an article.
     *
     * @param id           stable Wirestream id, e.g. {@code wirestream:person:sergei-lavrov}
     * @param name         canonical name (labelling guide)
     * @param surfaceForms how the article wrote it
     * @param relevance    0..1, from mention count and position
     * @param roles        people only: the titles the article gave them ("Foreign Minister"), first seen first
     * @param countryCode  ISO 3166-1 alpha-2: a place's country (a city resolves to its country); for an
     *                     organisation or person the country its name or title states ("Russian Foreign
     *                     Ministry", "South Dakota Gov. Kristi Noem"); else null
     */
    public record Entity(String id, String name, List<String> surfaceForms, double relevance, List<String> roles,
            String countryCode) {

        public Entity {
            surfaceForms = List.copyOf(surfaceForms);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        /** The first title the article gave, or null. */
        public String role() {
            return roles.isEmpty() ? null : roles.getFirst();
        }
    }

    /** An IPTC Media Topic with its level (1 = top) and relevance 0..1. */
    public record Topic(String qcode, String name, int level, double relevance) {
    }
}
