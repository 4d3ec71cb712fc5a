package io.wirestream.enrich.tag;

import io.wirestream.enrich.tag.Tags.Entity;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything one article said about one entity while the rules read it: its canonical name, the
 * forms and titles it appeared with, a country, how often and how early it came. Turned into
 * {@link Entity} values, most mentioned first, once the article is read.
 */
final class Mentions {

    private static final java.util.regex.Pattern LEGAL_SUFFIX =
            java.util.regex.Pattern.compile(",? (?:Inc|Corp|Ltd|LLC|PLC|plc|Co|GmbH|AG|SA)\\.?$");

    final String name;
    final Set<String> surfaces = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    String code;
    int count;
    int first;
    /** A place written as a side in a match ("beat Russia", "Spain edged"): a team in a sports story. */
    boolean matchSide;
    /** Mentions written as a location ("in Spain", "Raven Klaasen of South Africa"): a place even in a sport story. */
    int locations;

    Mentions(String name, int first) {
        this.name = name;
        this.first = first;
    }

    static Mentions add(Map<String, Mentions> into, String name, String surface, int at) {
        Mentions m = into.computeIfAbsent(name, n -> new Mentions(n, at));
        m.surfaces.add(surface);
        m.count++;
        m.first = Math.min(m.first, at);
        return m;
    }

    static List<Entity> entities(String kind, Map<String, Mentions> found) {
        // one spelling of the apostrophe in canonical names: "Beto O’Rourke" is "Beto O'Rourke"
        Map<String, Mentions> merged = new LinkedHashMap<>();
        for (Mentions m : found.values()) {
            String name = m.name.replace('’', '\'');
            if (kind.equals("organisation")) {
                // "Ceres Robotics Inc." is Ceres Robotics; the written form stays a surface form
                name = LEGAL_SUFFIX.matcher(name).replaceFirst("");
            }
            Mentions into = merged.get(name);
            if (into == null) {
                Mentions copy = new Mentions(name, m.first);
                merged.put(name, copy);
                into = copy;
            }
            into.surfaces.addAll(m.surfaces);
            into.roles.addAll(m.roles);
            into.count += m.count;
            into.first = Math.min(into.first, m.first);
            into.code = into.code != null ? into.code : m.code;
        }
        found = merged;
        int max = found.values().stream().mapToInt(m -> m.count).max().orElse(1);
        List<Mentions> ordered = new ArrayList<>(found.values());
        ordered.sort((a, b) -> a.count != b.count ? Integer.compare(b.count, a.count) : Integer.compare(a.first, b.first));
        List<Entity> out = new ArrayList<>();
        for (Mentions m : ordered) {
            double relevance = Math.round((0.4 + 0.6 * m.count / max) * 100) / 100.0;
            out.add(new Entity("wirestream:" + kind + ":" + slug(m.name), m.name, List.copyOf(m.surfaces), relevance,
                    List.copyOf(m.roles), m.code));
        }
        return out;
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
