package io.wirestream.publish.store;

import io.wirestream.contract.Ninjs;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The filterable tags of a ninjs item: its subjects as qcodes and its people, places and
 * organisations. Duplicates within one item are folded, so the primary keys never collide.
 */
record Tags(List<Subject> subjects, List<Entity> entities) {

    static final String MEDIA_TOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/";
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cntrl}");

    record Subject(String qcode, String name) {
    }

    record Entity(String kind, String name, String literal) {
    }

    static Tags of(Ninjs item) {
        Map<String, Subject> subjects = new LinkedHashMap<>();
        for (Ninjs.Subject subject : item.subjects()) {
            String qcode = qcode(subject);
            if (qcode != null) {
                subjects.putIfAbsent(qcode, new Subject(qcode, StoredItem.clean(blankToNull(subject.name()))));
            }
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        add(entities, "person", item.people());
        add(entities, "place", item.places());
        add(entities, "organisation", item.organisations());
        return new Tags(List.copyOf(subjects.values()), List.copyOf(entities.values()));
    }

    /** 'medtop:11000000' for a Media Topic however it was stated; other vocabularies as stated. */
    static String qcode(Ninjs.Subject subject) {
        String literal = blankToNull(subject.literal());
        String uri = blankToNull(subject.uri());
        if (literal != null) {
            return StoredItem.clean(literal.strip());
        }
        if (uri == null) {
            return null;
        }
        String normalised = uri.replace("https://", "http://");
        if (normalised.startsWith(MEDIA_TOPIC_URI) && normalised.length() > MEDIA_TOPIC_URI.length()) {
            return "medtop:" + normalised.substring(MEDIA_TOPIC_URI.length());
        }
        return StoredItem.clean(uri.strip());
    }

    private static void add(Map<String, Entity> into, String kind, List<Ninjs.Entity> entities) {
        for (Ninjs.Entity entity : entities) {
            String name = blankToNull(entity.name());
            String literal = blankToNull(entity.literal());
            String shown = name != null ? name : literal;
            if (shown == null) {
                continue;
            }
            into.putIfAbsent(kind + "\u0000" + shown,
                    new Entity(kind, StoredItem.clean(shown.strip()), StoredItem.clean(literal)));
        }
    }

    /**
     * The keys the article row's {@code tags} array holds: a subject by qcode, an entity by its name
     * (lower case, so filters ignore case) and by its literal. Control characters become spaces:
     * they never belong in a name, and U+001F joins the keys of one article on the way to SQL.
     */
    List<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        subjects.forEach(s -> keys.add(subjectKey(s.qcode())));
        for (Entity e : entities) {
            keys.add(nameKey(e.kind(), e.name()));
            if (e.literal() != null) {
                keys.add(literalKey(e.kind(), e.literal()));
            }
        }
        return List.copyOf(keys);
    }

    static String subjectKey(String qcode) {
        return "subject|" + withoutControls(qcode);
    }

    static String nameKey(String kind, String name) {
        return kind + "|name|" + withoutControls(name.toLowerCase(Locale.ROOT));
    }

    static String literalKey(String kind, String literal) {
        return kind + "|id|" + withoutControls(literal);
    }

    private static String withoutControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return CONTROLS.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
