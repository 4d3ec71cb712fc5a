package io.wirestream.enrich.dedupe.eval;

import java.util.Locale;
import java.util.Random;

/**
 * Templated wire stories: market reports, sports results, weather, earnings and court listings.
 * Two of a kind share almost every word and differ only in numbers and names, so they are the
 * hardest negatives for near-duplicate detection.
 */
final class Templates {

    static final int KINDS = 5;

    private static final String[] COMPANIES = {"Northwind Traders", "Acme Industrial", "Helios Energy", "Baltic Shipping",
        "Crestline Foods", "Orion Telecom", "Vantage Mining", "Juniper Bank", "Tessera Motors", "Quarry Pharma"};
    private static final String[] CITIES = {"London", "Frankfurt", "Madrid", "Oslo", "Lisbon", "Warsaw", "Dublin",
        "Vienna", "Prague", "Athens", "Helsinki", "Zurich"};
    private static final String[] TEAMS = {"Rovers", "United", "Athletic", "City", "Wanderers", "Albion", "Rangers",
        "Harriers", "Town", "Villa", "Olympic", "Dynamo"};
    private static final String[] PEOPLE = {"Ivan Petrov", "Sara Mensah", "Liam Walsh", "Noor Haddad", "Marta Silva",
        "Kenji Sato", "Aoife Byrne", "Pavel Novak", "Grace Adeyemi", "Tomas Berg"};
    private static final String[] OFFENCES = {"burglary", "dangerous driving", "assault", "fraud", "criminal damage"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    private Templates() {
    }

    static String story(int kind, Random r) {
        return switch (kind) {
            case 0 -> market(r);
            case 1 -> sports(r);
            case 2 -> weather(r);
            case 3 -> earnings(r);
            default -> court(r);
        };
    }

    private static String market(Random r) {
        String city = pick(CITIES, r);
        return String.format(Locale.ROOT, "Shares in %s %s %.1f percent to %.2f euros in %s trading on %s, leading the "
                + "market after a broker raised its price target.%n%nThe benchmark index %s %.1f percent to %.2f points, "
                + "with %d stocks advancing and %d declining. Trading volume was %d million shares, against a 30-day "
                + "average of %d million.%n%nThe euro was at %.4f dollars, and the yield on the 10-year bond stood at "
                + "%.2f percent. Brent crude traded at %.2f dollars a barrel.",
                pick(COMPANIES, r), rise(r), pct(r), 5 + r.nextDouble() * 200, city, pick(DAYS, r), rise(r), pct(r),
                3000 + r.nextDouble() * 9000, 20 + r.nextInt(200), 20 + r.nextInt(200), 100 + r.nextInt(900),
                100 + r.nextInt(900), 1 + r.nextDouble() * 0.2, 1 + r.nextDouble() * 4, 60 + r.nextDouble() * 40);
    }

    private static String sports(Random r) {
        String home = pick(TEAMS, r);
        String away = pick(TEAMS, r);
        return String.format(Locale.ROOT, "%s %s beat %s %s %d-%d in the league on %s, with %s scoring twice in the "
                + "second half.%n%nThe result lifts %s to %d points from %d games, %d points behind the leaders. "
                + "%s had a goal ruled out for offside in the %dth minute.%n%nA crowd of %d watched the match. "
                + "%s play away next %s, while %s host the team in %d place.",
                pick(CITIES, r), home, pick(CITIES, r), away, 1 + r.nextInt(5), r.nextInt(2), pick(DAYS, r),
                pick(PEOPLE, r), home, 10 + r.nextInt(50), 5 + r.nextInt(30), 1 + r.nextInt(12), away, 5 + r.nextInt(85),
                5000 + r.nextInt(60000), home, pick(DAYS, r), away, 1 + r.nextInt(20));
    }

    private static String weather(Random r) {
        return String.format(Locale.ROOT, "%s will be %s on %s, with a high of %d degrees and a low of %d overnight. "
                + "Winds from the %s will reach %d kilometres an hour.%n%nThe chance of rain is %d percent in the "
                + "morning and %d percent in the afternoon. Sunrise is at %d:%02d and sunset at %d:%02d.%n%nThe outlook "
                + "for the weekend is %s, with highs of %d to %d degrees.",
                pick(CITIES, r), r.nextBoolean() ? "mostly cloudy" : "sunny", pick(DAYS, r), 5 + r.nextInt(25),
                r.nextInt(12), r.nextBoolean() ? "west" : "north", 10 + r.nextInt(60), r.nextInt(100), r.nextInt(100),
                5 + r.nextInt(3), r.nextInt(60), 17 + r.nextInt(4), r.nextInt(60), r.nextBoolean() ? "dry" : "unsettled",
                5 + r.nextInt(10), 15 + r.nextInt(15));
    }

    private static String earnings(Random r) {
        String company = pick(COMPANIES, r);
        return String.format(Locale.ROOT, "%s reported third-quarter net profit of %d million euros on %s, compared "
                + "with %d million a year earlier, on revenue of %.2f billion euros.%n%nAnalysts had on average "
                + "expected a profit of %d million. Earnings per share were %.2f euros.%n%nThe company %s its "
                + "full-year outlook and now expects revenue growth of %d to %d percent. Chief executive %s said "
                + "demand in %s had been stronger than expected.",
                company, 50 + r.nextInt(900), pick(DAYS, r), 50 + r.nextInt(900), 1 + r.nextDouble() * 20,
                50 + r.nextInt(900), r.nextDouble() * 5, r.nextBoolean() ? "raised" : "confirmed", r.nextInt(5),
                5 + r.nextInt(6), pick(PEOPLE, r), pick(CITIES, r));
    }

    private static String court(Random r) {
        return String.format(Locale.ROOT, "%s, %d, of %s, appeared at %s Magistrates' Court on %s charged with %s. "
                + "%s was remanded %s and the case was adjourned until %d %s.%n%n%s, %d, of %s, admitted %s and was "
                + "fined %d euros with %d euros costs. %s, %d, was given a community order of %d hours.",
                pick(PEOPLE, r), 18 + r.nextInt(60), pick(CITIES, r), pick(CITIES, r), pick(DAYS, r), pick(OFFENCES, r),
                r.nextBoolean() ? "He" : "She", r.nextBoolean() ? "in custody" : "on bail", 1 + r.nextInt(28),
                r.nextBoolean() ? "May" : "June", pick(PEOPLE, r), 18 + r.nextInt(60), pick(CITIES, r), pick(OFFENCES, r),
                100 + r.nextInt(900), 50 + r.nextInt(200), pick(PEOPLE, r), 18 + r.nextInt(60), 40 + r.nextInt(200));
    }

    private static String pick(String[] options, Random r) {
        return options[r.nextInt(options.length)];
    }

    private static String rise(Random r) {
        return r.nextBoolean() ? "rose" : "fell";
    }

    private static double pct(Random r) {
        return 0.1 + r.nextDouble() * 6;
    }
}
