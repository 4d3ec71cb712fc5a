package io.wirestream.enrich.tag;

import java.util.List;
import java.util.Map;

/**
 * Sides in a sport story named by their place are teams, organisations by the labelling guide. A place
 * written as a side ("beat Russia", "Barcelona striker") becomes the team; once two countries are sides,
 * the story is about national teams and every country it names other than as a location ("Raven Klaasen of
 * South Africa", "in Spain") is a team too ("Spain's hopes", "Serbia's Novak Djokovic"). A side named by
 * its city folds into the club of that city the story names otherwise, and so does a city the story never writes
 * as a location ("to lead Boston" in a story of the Bruins).
 */
final class NationalTeams {

    private NationalTeams() {
    }

    static void moveTeams(Map<String, Mentions> places, Map<String, Mentions> orgs, Gazetteer gazetteer) {
        long countrySides = places.values().stream().filter(p -> p.matchSide && isCountry(p, gazetteer)).count();
        for (Mentions place : List.copyOf(places.values())) {
            boolean nationalTeam = countrySides >= 2 && isCountry(place, gazetteer) && place.count > place.locations;
            String club = clubOf(place, orgs, gazetteer);
            // "to lead Boston", "scored for Ottawa" where the story names the Bruins and the Senators: a city never
            // written as a location is its club
            boolean clubCity = club != null && place.locations == 0 && !isCountry(place, gazetteer);
            if (place.matchSide || nationalTeam || clubCity) {
                places.remove(place.name);
                Mentions team = orgs.computeIfAbsent(club != null ? club : place.name, n -> new Mentions(n, place.first));
                team.surfaces.addAll(place.surfaces);
                team.count += place.count;
                team.code = place.code;
            }
        }
    }

    /**
     * "Minnesota beat Buffalo" in a story that also says "the Wild" and "Sabres": the one club of that place
     * the story names by nickname or full name is the side; with none or several, the place name stays.
     */
    private static String clubOf(Mentions place, Map<String, Mentions> orgs, Gazetteer gazetteer) {
        List<String> clubs = orgs.keySet().stream()
                .filter(o -> o.startsWith(place.name + " ") && gazetteer.isTeam(o)).toList();
        return clubs.size() == 1 ? clubs.getFirst() : null;
    }

    private static boolean isCountry(Mentions place, Gazetteer gazetteer) {
        Gazetteer.Place p = gazetteer.place(place.name);
        return p != null && p.country();
    }
}
