package io.wirestream.enrich.tag;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The English vocabulary the entity rules read: titles, organisation and place head words, event
 * nouns, speech verbs, and small tests on tokens built from them. No state, no gazetteer.
 */
final class NameWords {

    private NameWords() {
    }

    static final Set<String> CONNECTORS = Set.of("of", "for", "on", "de", "del", "la", "van", "von", "bin",
            "da", "and", "am");
    /** Titles a royal is known by together with the first name ("Prince Andrew", "Princess Anne"). */
    static final Set<String> ROYAL_TITLES = Set.of("Prince", "Princess");
    static final Set<String> NAME_PARTICLES = Set.of("al", "bin", "de", "van", "von", "da", "del", "la", "le",
            "di", "el", "ibn", "abu");
    static final Set<String> TITLES = Set.of("President", "Vice", "Prime", "Foreign", "Defense", "Defence",
            "Finance", "Interior", "Minister", "Deputy", "Secretary", "of", "State", "General", "Senator", "Sen.", "Chief",
            "Gov.", "Governor", "Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "King", "Queen", "Prince", "Princess", "Chancellor",
            "Pope", "Chairman", "Chairwoman", "Executive", "Director", "Ambassador", "Spokesman",
            "Spokeswoman", "Mayor", "Judge", "Justice", "Rep.", "Representative", "Premier", "Leader", "Commander",
            "Col.", "Gen.", "Lt.", "Capt.", "Sgt.", "Adm.", "Lord", "Lady", "Speaker", "Attorney", "Treasury",
            "Commerce", "Trade", "Health", "Labor", "Labour", "Education", "Energy", "Envoy", "Special",
            "Former", "Supreme", "Crown", "Emir", "Sheikh", "Coach", "Manager", "CEO", "Professor", "Prof.", "Bishop",
            "Cardinal", "Archbishop", "Rabbi", "Imam", "Ayatollah", "Field", "Marshal", "Admiral", "Colonel", "Major",
            "Captain", "Lieutenant", "Sergeant", "Officer", "Economy", "Agriculture", "Transport", "Culture", "Ombudsman",
            "Interim", "Acting", "Police", "Employee", "Analyst", "Founder", "Co-founder", "Attorney-General",
            "Sen", "Gov", "Rep", "Mr", "Mrs", "Ms", "Dr", "Administrator", "Superintendent", "Commissioner",
            "Inspector-General", "Rt.", "Rt", "Hon.", "Hon", "Sens.", "Reps.",
            // ranks written without the dot, as British and military copy does ("Lt Col Alexander Vindman")
            "Lt", "Col", "Capt", "Sgt");
    static final Set<String> ORG_HEADS = Set.of("Ministry", "Party", "Bank", "Agency", "Council", "Committee",
            "Corporation", "Corp.", "Inc.", "Inc", "Ltd", "Ltd.", "Group", "University", "Center", "Centre",
            "Institute", "Association", "Union", "Organization", "Organisation", "Commission", "Court", "Department",
            "Office", "Foundation", "Fund", "Federation", "Authority", "Army", "Police", "Forces", "Service",
            "Company", "Co.", "Airlines", "Airways", "Parliament", "Assembly", "Senate", "Congress", "Front",
            "Movement", "Society", "College", "School", "Hospital", "Bureau", "Brigade", "Brigades", "Navy",
            "Guard", "Academy", "Institution", "Board", "Network", "Times", "Post", "Journal", "Telegraph",
            "Holdings", "Technologies", "Systems", "Motors", "Club", "League", "Administration", "Cabinet",
            "Parliamentary", "Secretariat", "Directorate", "Tribunal", "Exchange", "Alliance", "Coalition", "Shelter",
            "Trust", "Fame", "Brotherhood", "Chiefs", "Chronicle", "Herald", "Tribune",
            "Press", "Daily", "Magazine", "Records", "Studios", "Pictures", "Entertainment", "Labs", "Airport", "Airline", "Productions",
            "Laboratory", "Laboratories", "Infirmary",
            // round 5: legal forms, firm and newspaper name endings, clinics and commands common in news
            "LLC", "PLC", "GmbH", "AG", "Corp", "Partners", "Investments",
            "Ventures", "Bancorp", "Insurance", "Pharmaceuticals", "Industries", "Clinic", "Command",
            "Inquirer", "Observer", "Bulletin", "Courier", "Dispatch",
            // round 6: endings of firms and outlets ("IIFL Securities", "Vox Media", "CBS Sports"); not "Capital"
            // ("the National Capital") nor "News" ("Fox News Flash", "Hawaii News Now" in a copyright line)
            "Securities", "Equities", "Media", "Sports", "Gazette", "Courant", "Register",
            // round 8: more firm endings ("GE Healthcare", "Pixar Animation", "Take-Two Interactive", "Ceres Robotics")
            "Healthcare", "Animation", "Interactive", "Robotics", "Solutions");
    static final Set<String> EVENTS = Set.of("Summit", "Games", "Cup", "Conference", "Olympics",
            "Championship", "Championships", "Festival", "Treaty", "Agreement", "Accord", "Accords", "Declaration",
            "Act", "Bill", "Convention", "Protocol", "Award", "Awards", "Prize", "Day", "War", "Expo", "Open",
            "Tournament", "Marathon", "Week", "Year", "Forum", "Talks", "Plan", "Initiative", "Charter", "Amendment",
            "Reserved", "Show", "Finals", "Encephalitis", "Syndrome", "Disease", "Virus", "Index", "Composite", "Vote",
            // programmes, ceremonies and story furniture are no bodies ("... Power Systems Program", "Hall of Fame Induction")
            "Program", "Programme", "Induction", "Ceremony", "Timeline");
    static final Set<String> DOCUMENT_NOUNS = Set.of("declaration", "convention", "accord", "accords",
            "agreement", "protocol", "treaty", "charter", "consensus", "communique", "format", "process", "conventions",
            "talks", "summit");
    static final Set<String> NOT_NAMES = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
            "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "The", "A", "An", "I", "He", "She", "It", "We", "They", "This", "That", "These",
            "Those", "His", "Her", "Its", "Our", "Their", "But", "And", "Or", "If", "In", "On", "At", "As", "For",
            "By", "With", "From", "After", "Before", "When", "While", "Meanwhile", "However", "Besides", "Also",
            "Last", "Next", "Many", "Some", "Analysts", "Officials", "Mr", "Mrs", "Ms", "Dr", "Internet", "God",
            "Christmas", "Easter", "Ramadan", "Islam", "Muslims", "Christians", "Jews", "Web", "COVID-19", "Covid", "AIDS", "HIV", "TV", "CEO", "GDP", "OK", "Although", "Though", "Following",
            "According", "Despite", "During", "Since", "Until", "Under", "Over", "Today", "Yesterday", "Rival",
            "Authorities", "Police", "Earlier", "Later", "Now", "Then", "Still", "Even", "Yet", "Why", "How", "What",
            "Who", "Where", "Here", "There", "All", "Both", "Each", "Every", "No", "Not", "My", "Your", "You",
            "IPO", "Rt", "Hon", "CFO", "COO", "CTO", "GMT", "UTC", "EST", "PST", "AM", "PM", "DNA", "USD", "EUR", "PhD", "MP", "MPs",
            // sentence openers of ads, captions and chatty copy ("Thanks Junior", "Get Pokemon Shield", "Within Delhi")
            "Within", "Without", "Thanks", "Hey", "Hi", "Hello", "Dear", "Please", "Get", "Off", "Free", "Buy", "Save",
            "Shop", "Watch", "Click", "Check", "Read", "See", "Because", "Welcome",
            // number words open sentences ("Two Bartholomew County deputies")
            "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
            // prepositions and pronouns that open a sentence after a dash or a dateline ("— To LeBron James, ...")
            "To", "Of", "Into", "Like", "Unlike", "Against", "Among", "Amid", "Through", "Others", "Another",
            "Several", "Most", "Such");
    /** Last words of product names, never of a person's: "MacBook Pro", "Premiere Edition". */
    static final Set<String> PRODUCT_WORDS = Set.of("Pro", "Edition", "Plus", "Max", "Mini", "Ultra");
    /** Party members as a group: "Virginia Democrats" is the state party. */
    static final Set<String> PARTY_MEMBERS = Set.of("Democrats", "Republicans");
    /**
     * Acronyms of things, units and techniques, not of bodies: with no cue they would be read as companies
     * ("an AWD SUV with LED lights", "the PV industry", "Washington, DC").
     */
    static final Set<String> THING_ACRONYMS = Set.of("SUV", "EV", "LED", "OLED", "LCD", "HVAC", "AWD", "RWD", "FWD",
            "GT", "ID", "PC", "RGB", "GPS", "VPN", "AC", "DC", "IPS", "ECG", "DVD", "VOD", "PR", "TL", "DR", "IQ", "USB",
            "HD", "UHD", "CPU", "GPU", "RAM", "SSD", "API", "AI", "VR", "AR", "PDF", "FAQ", "URL", "SMS", "ATM", "ICU",
            "PV", "NAS", "WiFi", "OS", "UI", "NFT", "ETF", "LGBT", "LGBTQ", "DIY", "RSVP", "FM", "MRI", "CT", "ER",
            "LNG", "PPE", "CBD", "THC", "STEM", "MVP", "QB", "VIP", "SARS", "MERS", "PTSD", "ADHD");
    /** Words after a name that mark a company ("Alibaba shares", "a WeWork spokesperson"). */
    static final Set<String> COMPANY_CUES = Set.of("shares", "stock", "spokesperson", "spokesman",
            "spokeswoman", "executives", "headquarters", "subsidiary", "customers", "employees", "investors", "analyst",
            "analysts", "economist", "economists", "strategist", "strategists");
    /** Last words that make a capitalised run a place as written ("Logar province", "South China Sea"). */
    static final Set<String> PLACE_HEADS = Set.of("County", "Province", "Region", "District", "Island",
            "Islands", "Sea", "River", "Mountains", "Lake", "Bay", "Strait", "Valley", "Desert", "Square", "Bridge",
            "Embassy", "Ocean", "Peninsula", "Canal", "Gulf", "Coast", "Stadium", "Arena", "Auditorium", "Park", "Statehouse",
            "Capitol", "Amphitheatre", "Amphitheater", "Jail", "Prison", "Penitentiary", "Observatory");
    /** Words that open a journal's title before "of": "Proceedings of the ...", "Monthly Notices of the ...". */
    static final Set<String> PUBLICATION_HEADS = Set.of("Proceedings", "Notices", "Annals", "Transactions",
            "Journal");
    /** Words that belong to the title they stand before: "White House Press Secretary". */
    static final Set<String> TITLE_MODIFIERS = Set.of("Press", "Communications");
    static final Set<String> STREETS = Set.of("Street", "Avenue", "Road", "Boulevard", "Lane", "Drive", "Place",
            "St.");
    /** Compass words that name part of a place: "West Michigan". */
    static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Northern", "Southern", "Eastern",
            "Western", "Central", "Northeast", "Northwest", "Southeast", "Southwest");
    /** Titles that may follow the organisation they belong to ("Senate Leader"). */
    static final Set<String> TRAILING_TITLES = Set.of("Speaker", "Leader", "Chairman", "Chairwoman",
            "Spokesman", "Spokeswoman", "President", "Secretary", "Director", "Minister", "Chief", "Rt", "Rt.");
    /** Organisation heads that also name a building: "in KeyBank Center" is a place. */
    static final Set<String> VENUE_HEADS = Set.of("Center", "Centre", "Hall", "Theatre", "Theater");
    /** Lowercase role nouns that a name may follow ("coach Anthony Lynn", "singer Jane Roe"). */
    static final Set<String> ROLE_NOUNS = Set.of("coach", "chief", "star", "head", "boss", "actress",
            "judge", "captain", "founder", "co-founder", "leader", "minister", "president", "officer", "secretary",
            "envoy", "spokesperson", "guard", "midfielder", "striker", "goalkeeper", "candidate", "analyst",
            "economist", "scientist", "artist", "athlete", "chef", "pilot", "deputy", "representative", "senator",
            "mayor", "governor", "ceo", "cfo", "chairwoman", "chairman", "director", "lawyer", "attorney", "witness");
    /** Lowercase words before a name that are not a role ("in Senkata", "the"). */
    static final Set<String> NOT_ROLE = Set.of("in", "at", "from", "to", "of", "on", "for", "by", "near",
            "into", "across", "the", "a", "an", "and", "or", "with", "over", "via", "toward", "towards", "between",
            "against", "than", "as", "about", "outside", "inside", "around", "through", "under", "after", "before",
            "visited", "visit", "left", "reached", "entered", "called", "named", "hit", "struck", "is", "was", "are",
            "were", "that", "while", "when", "where", "whose", "which", "but", "since", "until", "within", "beyond");
    static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "noted", "stated", "warned",
            "argued", "insisted", "stressed", "asked", "wrote", "explained", "announced", "urged", "claimed",
            "called", "mentioned", "voiced", "believes", "thinks");

    /** "Securities and Exchange Commission": the run after "and" ends in an organisation head. */
    static boolean orgHeadAhead(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + 4 && startsChunk(tokens.get(k)); k++) {
            if (ORG_HEADS.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    static boolean isVenuePreposition(Token t) {
        return t != null && (t.text().equals("in") || t.text().equals("at"));
    }

    static boolean hasOrgHead(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (ORG_HEADS.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    static boolean startsChunk(Token t) {
        if (!t.word()) {
            return false;
        }
        if (t.capitalised()) {
            return true;
        }
        int dash = t.text().indexOf('-');
        return dash > 0 && NAME_PARTICLES.contains(t.text().substring(0, dash)) && t.text().length() > dash + 1
                && Character.isUpperCase(t.text().charAt(dash + 1));
    }

    static boolean speechAfter(List<Token> tokens, int to) {
        return to < tokens.size() && tokens.get(to).word() && SPEECH.contains(tokens.get(to).text());
    }

    static boolean hasCue(List<Token> tokens, int from, int to) {
        Token after = to < tokens.size() ? tokens.get(to) : null;
        Token before = from > 0 ? tokens.get(from - 1) : null;
        if (after != null && after.word() && (SPEECH.contains(after.text()))) {
            return true;
        }
        if (before != null && before.word() && SPEECH.contains(before.text())) {
            return true;
        }
        if (after != null && after.text().equals(",") && to + 1 < tokens.size()) {
            Token t = tokens.get(to + 1);
            return t.word() && !t.capitalised() && !Set.of("and", "which", "where", "but", "while", "when", "or")
                    .contains(t.text());
        }
        return false;
    }

    static String titleCase(String w) {
        return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static boolean isOrganisation(List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (ORG_HEADS.contains(w) && !(k == 0 && words.size() == 1)) {
                return true;
            }
            if (w.equals("House") && k + 1 < words.size() && words.get(k + 1).equals("of")) {
                return true;
            }
        }
        return false;
    }
}
