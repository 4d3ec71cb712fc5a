package io.wirestream.publish.filter;

import io.wirestream.publish.store.ArticleFilter;
import io.wirestream.publish.topic.MediaTopics;
import io.wirestream.publish.web.ProblemException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Turns the filter query parameters shared by the API, the feeds and the stream into an
 * {@link ArticleFilter}; a bad value is a 400 problem naming the parameter.
 */
@Component
public class FilterParser {

    public static final int MAX_QUERY_LENGTH = 500;
    private static final int MAX_VALUE_LENGTH = 300;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private final MediaTopics topics;

    FilterParser(MediaTopics topics) {
        this.topics = topics;
    }

    public ArticleFilter parse(Map<String, String> params) {
        String query = value(params, "q", MAX_QUERY_LENGTH);
        Set<String> topicCodes = new LinkedHashSet<>();
        String topic = value(params, "topic", MAX_VALUE_LENGTH);
        if (topic != null) {
            for (String one : topic.split(",")) {
                if (!one.isBlank()) {
                    topicCodes.addAll(topics.withNarrower(one));
                }
            }
        }
        String language = value(params, "lang", 35);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw invalid("lang", "lang must be a BCP 47 language tag such as en or en-GB");
        }
        OffsetDateTime since = time(params, "since");
        OffsetDateTime until = time(params, "until");
        if (since != null && until != null && !since.isBefore(until)) {
            throw invalid("until", "until must be later than since");
        }
        return new ArticleFilter(query, topicCodes, value(params, "person", MAX_VALUE_LENGTH),
                value(params, "place", MAX_VALUE_LENGTH), value(params, "organisation", MAX_VALUE_LENGTH),
                value(params, "source", MAX_VALUE_LENGTH), language, since, until,
                value(params, "story", MAX_VALUE_LENGTH));
    }

    private static String value(Map<String, String> params, String name, int maxLength) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw invalid(name, name + " is longer than " + maxLength + " characters");
        }
        if (value.indexOf('\u0000') >= 0) {
            throw invalid(name, name + " contains a NUL character");
        }
        return value.strip();
    }

    /** An RFC 3339 date-time, or a date meaning its start in UTC. */
    private static OffsetDateTime time(Map<String, String> params, String name) {
        String value = value(params, name, 64);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name, name + " must be an RFC 3339 date-time (2026-11-27T10:00:00Z) or a date (2026-11-27)");
        }
    }

    private static ProblemException invalid(String parameter, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter " + parameter,
                detail);
    }
}
