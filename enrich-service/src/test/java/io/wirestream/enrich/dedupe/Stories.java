package io.wirestream.enrich.dedupe;

import java.time.Instant;
import java.util.Locale;

/** Test copy written for these tests: one agency story and a templated market report. */
public final class Stories {

    public static final Instant T0 = Instant.parse("2025-05-02T08:00:00Z");

    public static final String FERRY = String.join("\n\n",
            "The harbour ferry between Eastport and the old town will stop running for six weeks from Monday while "
                    + "engineers replace the landing stage, the city transport office said on Thursday.",
            "About 4,200 passengers use the crossing on a normal weekday, most of them commuters who work in the "
                    + "offices around Market Square and the new hospital on Quay Road.",
            "Replacement buses will leave the Eastport terminal every ten minutes during the morning and evening "
                    + "peaks, adding roughly twenty minutes to the journey, according to the office.",
            "Councillor Maria Jensen, who chairs the transport committee, said the landing stage had been patched "
                    + "too many times since it was built in 1987 and could no longer be repaired safely.",
            "The work is expected to cost 3.1 million euros, of which the regional government will pay about half. "
                    + "Contractors from Nordbrygg won the tender in March against two other bidders.",
            "Shop owners in the old town said they feared a drop in trade during the closure, which falls in the "
                    + "first weeks of the tourist season, and asked the city to waive parking fees.",
            "The city said it would review the request at its next meeting on May 14 and publish the timetable of "
                    + "the replacement buses on its website by the end of the week.",
            "A similar closure in 2016 lasted nine weeks instead of the planned five after divers found damage to "
                    + "the piles that support the old stage, the transport office recalled.");

    private Stories() {
    }

    /** One market report; two of them share almost every word but not their numbers and names. */
    public static String market(String company, double move, double price, int advancing, double index) {
        return String.format(Locale.ROOT, "Shares in %s rose %.1f percent to %.2f euros in Frankfurt trading on "
                + "Tuesday, leading the market after a broker raised its price target.%n%nThe benchmark index rose "
                + "%.1f percent to %.2f points, with %d stocks advancing and %d declining. Trading volume was %d million "
                + "shares, against a 30-day average of %d million.", company, move, price, move / 3, index, advancing,
                200 - advancing, advancing * 3, advancing * 2);
    }

    static DedupeInput article(String id, String body, int minutes) {
        return new DedupeInput(id, "outlet-" + id, body, null, 1, false, null, T0.plusSeconds(minutes * 60L));
    }

    static DedupeInput item(String id, String guid, int version, String body, int minutes, boolean canceled, String signal) {
        return new DedupeInput(id, "wire", body, guid, version, canceled, signal, T0.plusSeconds(minutes * 60L));
    }
}
