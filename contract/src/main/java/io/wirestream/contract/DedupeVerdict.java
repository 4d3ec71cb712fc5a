package io.wirestream.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * What an article is relative to the articles seen before it.
 *
 * @param kind       the verdict
 * @param of         the article this one duplicates or versions; null for an original
 * @param story      the story (cluster) the article belongs to
 * @param similarity similarity to {@code of} in [0, 1] where it was measured, else null
 * @param sameEvent  a weaker link: an earlier story that reports the same event in other words, or
 *                   null. It never changes {@code story}, so feeds that fold one entry per story do
 *                   not hide an article on the strength of a topical resemblance.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DedupeVerdict(Kind kind, String of, String story, Double similarity, EventLink sameEvent) {

    public DedupeVerdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(story, "story");
    }

    public DedupeVerdict(Kind kind, String of, String story, Double similarity) {
        this(kind, of, story, similarity, null);
    }

    /** This verdict with a same-event link to another story. */
    public DedupeVerdict withSameEvent(EventLink link) {
        return new DedupeVerdict(kind, of, story, similarity, link);
    }

    /**
     * A same-event link, weaker than a duplicate or version link and measured separately.
     *
     * @param story      the other story
     * @param of         the article of that story this one resembles most
     * @param similarity how alike the two are, in [0, 1]
     */
    public record EventLink(String story, String of, double similarity) {

        public EventLink {
            Objects.requireNonNull(story, "story");
            Objects.requireNonNull(of, "of");
        }
    }

    public static DedupeVerdict original(String articleId) {
        return new DedupeVerdict(Kind.ORIGINAL, null, articleId, null);
    }

    public static DedupeVerdict exactDuplicateOf(String originalId, String story) {
        return new DedupeVerdict(Kind.EXACT, originalId, story, 1.0);
    }

    /** True when publish should store the article as a new article or version. */
    @JsonIgnore
    public boolean isPublishable() {
        return kind == Kind.ORIGINAL || kind == Kind.VERSION || kind == Kind.KILL;
    }

    public enum Kind {
        @JsonProperty("original") ORIGINAL,
        @JsonProperty("exact") EXACT,
        @JsonProperty("near") NEAR,
        @JsonProperty("version") VERSION,
        @JsonProperty("kill") KILL
    }
}
