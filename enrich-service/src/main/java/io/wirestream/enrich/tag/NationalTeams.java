package io.wirestream.enrich.tag;

import java.util.List;
import java.util.Map;

/**
 * Sides in a sport story named by their place are teams, organisations by the labelling guide. A place
 * written as a side ("beat Russia", "Barcelona striker") becomes the team; once two countries are sides,
 * the story is about national teams and every country it names other than as a location ("Raven Klaasen of
 * South Africa", "in Spain") is a team too ("Spain's hopes", "Serbia's Novak Djokovic").
 */
final class NationalTeams {

    private NationalTeams() {
    }

    static void moveTeams(Map<String, Mentions> places, Map<String, Mentions> orgs, Gazetteer gazetteer) {
        long countrySides = places.values().stream().filter(p -> p.matchSide && isCountry(p, gazetteer)).count();
        for (Mentions place : List.copyOf(places.values())) {
            boolean nationalTeam = countrySides >= 2 && isCountry(place, gazetteer) && place.count > place.locations;
            if (place.matchSide || nationalTeam) {
                places.remove(place.name);
                Mentions team = orgs.computeIfAbsent(place.name, n -> new Mentions(n, place.first));
                team.surfaces.addAll(place.surfaces);
                team.count += place.count;
                team.code = place.code;
            }
        }
    }

    private static boolean isCountry(Mentions place, Gazetteer gazetteer) {
        Gazetteer.Place p = gazetteer.place(place.name);
        return p != null && p.country();
    }
}
