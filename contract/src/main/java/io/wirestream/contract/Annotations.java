package io.wirestream.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * What the tagger found beyond what fits in the ninjs item: ninjs 3.1 entities allow only a name,
 * a relationship, a URI and a literal, so the surface forms, roles, country codes and relevance of
 * each entity, and the article's key phrases, travel here. The ninjs {@code people}, {@code places}
 * and {@code organisations} carry the same entities, linked by {@link TaggedEntity#id()} equal to
 * their {@code literal}.
 *
 * @param entities people, places and organisations, most relevant first within each type
 * @param keywords a handful of key phrases, most relevant first; never bare entity names
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Annotations(List<TaggedEntity> entities, List<String> keywords) {

    public Annotations {
        entities = entities == null ? List.of() : List.copyOf(entities);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** The entities of one type, in the order given. */
    public List<TaggedEntity> ofType(EntityType type) {
        return entities.stream().filter(e -> e.type() == type).toList();
    }

    /**
     * One person, place or organisation named in an article.
     *
     * @param id           stable Wirestream id, the same in every article ("person:sergei-lavrov")
     * @param type         what kind of entity it is
     * @param name         canonical name, without titles ("Sergei Lavrov")
     * @param surfaceForms the forms the article used ("Sergei Lavrov", "Lavrov")
     * @param roles        titles or roles the article gave the entity ("Foreign Minister")
     * @param countryCode  ISO 3166-1 alpha-2 code: a place's country, or an organisation's or
     *                     person's country where known; else null
     * @param relevance    how central the entity is to the article, in [0, 1]
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record TaggedEntity(String id, EntityType type, String name, List<String> surfaceForms,
            List<String> roles, String countryCode, double relevance) {

        public TaggedEntity {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
            surfaceForms = surfaceForms == null ? List.of() : List.copyOf(surfaceForms);
            roles = roles == null ? List.of() : List.copyOf(roles);
            if (relevance < 0 || relevance > 1) {
                throw new IllegalArgumentException("relevance must be in [0, 1], was " + relevance);
            }
        }
    }

    public enum EntityType {
        @JsonProperty("person") PERSON,
        @JsonProperty("place") PLACE,
        @JsonProperty("organisation") ORGANISATION
    }
}
