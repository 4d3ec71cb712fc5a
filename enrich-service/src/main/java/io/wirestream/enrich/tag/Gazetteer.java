package io.wirestream.enrich.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The tagger's offline knowledge, read once from the classpath: countries with aliases and
 * demonyms, cities with their country, curated organisations and well-known people. Lookups key
 * on the exact written form (case matters: "US" the country, not "us").
 */
final class Gazetteer {

    /** A place: canonical name and ISO 3166-1 alpha-2 code. */
    record Place(String name, String countryCode, boolean country) {
    }

    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, String> organisations = new HashMap<>();
    private final Map<String, String> people = new HashMap<>();
    /** Names of companies, services and outlets from a generated list: weaker than the curated ones. */
    private final Set<String> brands = new HashSet<>();
    /** team nickname -> the teams called so ("Kings": Los Angeles Kings, Sacramento Kings). */
    private final Map<String, List<String>> teamNicknames = new HashMap<>();
    private final Set<String> placeWords = new HashSet<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> teams = new HashSet<>();
    /** team -> the section of teams.tsv it is listed under ("NHL"). */
    private final Map<String, String> teamLeague = new HashMap<>();
    private int longestPlace = 1;

    private Gazetteer() {
    }

    static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        // cities first so a country of the same name wins
        read("cities.tsv", f -> {
            Place city = new Place(f[0], f[1], false);
            g.addPlace(f[0], city);
            for (String alias : split(f, 3)) {
                g.addPlace(alias, city);
            }
        });
        read("regions.tsv", f -> {
            Place region = new Place(f[0], f[1].isBlank() ? null : f[1], false);
            g.addPlace(f[0], region);
            for (String alias : split(f, 2)) {
                g.addPlace(alias, region);
            }
        });
        read("countries.tsv", f -> {
            Place p = new Place(f[1], f[0], true);
            g.addPlace(f[1], p);
            for (String alias : split(f, 2)) {
                g.addPlace(alias, p);
            }
            for (String demonym : split(f, 3)) {
                g.demonyms.put(demonym, f[1]);
            }
        });
        read("organisations.tsv", f -> {
            g.organisations.put(f[0], f[0]);
            for (String alias : split(f, 1)) {
                g.organisations.put(alias, f[0]);
            }
        });
        // a team's full name is an organisation anywhere; its nickname only where the story is sport
        // the "# NFL", "# NHL" ... section comments name each team's league
        String[] league = {""};
        read("teams.tsv", f -> {
            g.organisations.put(f[0], f[0]);
            g.teams.add(f[0]);
            g.teamLeague.put(f[0], league[0]);
            for (String nickname : split(f, 1)) {
                g.teamNicknames.computeIfAbsent(nickname, k -> new ArrayList<>()).add(f[0]);
            }
        }, comment -> league[0] = comment.substring(1).strip());
        read("given-names.txt", f -> g.givenNames.add(f[0]));
        // the compromise lexicon widens the generated lists: first names beyond the English-speaking ones,
        // and more firms, outlets and bands, as weak as the brand list
        read("lexicon-given-names.txt", f -> g.givenNames.add(f[0]));
        read("brands.tsv", f -> g.brands.add(f[0]));
        read("lexicon-organisations.txt", f -> g.brands.add(f[0]));
        read("people.tsv", f -> {
            // the full name too: "Donald Trump" is a person without any cue, like "Trump"
            g.people.put(f[0], f[0]);
            for (String alias : split(f, 1)) {
                g.people.put(alias, f[0]);
            }
        });
        // full names only: a surname alone ("Gates") is never read from the generated list
        read("lexicon-people.txt", f -> g.people.putIfAbsent(f[0], f[0]));
        return g;
    }

    private void addPlace(String written, Place place) {
        places.put(written, place);
        int words = written.split(" ").length;
        longestPlace = Math.max(longestPlace, words);
        for (String w : written.split(" ")) {
            placeWords.add(w);
        }
    }

    Place place(String written) {
        return places.get(written);
    }

    int longestPlace() {
        return longestPlace;
    }

    /** The country a demonym belongs to ("Russian", "Russians" give "Russia"), or null. */
    String demonymCountry(String written) {
        String country = demonyms.get(written);
        if (country == null && written.endsWith("s")) {
            country = demonyms.get(written.substring(0, written.length() - 1));
        }
        // people of a region: "South Dakotans", "Californians"
        if (country == null && written.endsWith("ns") && written.length() > 4) {
            Place p = places.get(written.substring(0, written.length() - 2));
            country = p == null ? null : p.name();
        }
        return country;
    }

    String organisation(String written) {
        return organisations.get(written);
    }

    /**
     * Whether a name is on the generated brand list ("Salesforce", "Statista"). Unlike a curated name it
     * yields to the article: a person's surname, a word the article writes in lowercase.
     */
    boolean isBrand(String written) {
        return brands.contains(written);
    }

    /** Whether a canonical organisation name is a club of teams.tsv. */
    boolean isTeam(String canonical) {
        return teams.contains(canonical);
    }

    /** The league a team of teams.tsv plays in (its section there), "" when unknown. */
    String league(String team) {
        return teamLeague.getOrDefault(team, "");
    }

    /** Every team of teams.tsv with its nicknames (the full name first). */
    Map<String, List<String>> teamNames() {
        Map<String, List<String>> out = new HashMap<>();
        teams.forEach(t -> out.put(t, new ArrayList<>(List.of(t))));
        teamNicknames.forEach((nick, ts) -> ts.forEach(t -> out.get(t).add(nick)));
        return out;
    }

    /** The teams a nickname may stand for ("Sabres": Buffalo Sabres), empty when it is none. */
    List<String> teamsNicknamed(String written) {
        return teamNicknames.getOrDefault(written, List.of());
    }

    /** The full name of a well-known person from a short form ("Putin"), or null. */
    String wellKnownPerson(String written) {
        return people.get(written);
    }

    /** Whether the word is a common English-speaking first name ("Karl", "Zoe"). */
    boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    boolean isPlaceWord(String word) {
        return placeWords.contains(word);
    }

    private static List<String> split(String[] fields, int i) {
        List<String> out = new ArrayList<>();
        if (fields.length > i && !fields[i].isBlank()) {
            for (String s : fields[i].split("\\|")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    static void read(String resource, Consumer<String[]> row) {
        read(resource, row, comment -> { });
    }

    static void read(String resource, Consumer<String[]> row, Consumer<String> comment) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("tagger resource missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    comment.accept(line);
                } else if (!line.isBlank()) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
