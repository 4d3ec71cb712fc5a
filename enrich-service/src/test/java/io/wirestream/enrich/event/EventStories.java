package io.wirestream.enrich.event;

/** Test copy written for these tests: the ferry story of {@code Stories.FERRY} told again in other words. */
public final class EventStories {

    /** Same facts (places, names, numbers) as the ferry story, hardly a word sequence in common. */
    public static final String FERRY_RETOLD = String.join("\n\n",
            "Commuters crossing between Eastport and the old town face six weeks of buses from Monday, as crews tear "
                    + "out and rebuild the ferry's landing stage.",
            "Councillor Maria Jensen, head of the transport committee, told reporters the 1987 structure had been "
                    + "mended so often that further repairs were unsafe.",
            "Nordbrygg, which beat two rival bidders in March, will carry out the 3.1 million euro job; the regional "
                    + "government covers roughly half the bill.",
            "On an ordinary weekday the crossing carries about 4,200 passengers. Buses from the Eastport terminal are "
                    + "due every ten minutes at peak hours.",
            "Traders in the old town fear the shutdown will hurt business early in the tourist season. In 2016 a "
                    + "comparable shutdown ran to nine weeks rather than five.");

    /** Another event about the same town and councillor: a budget vote, not the ferry closure. */
    public static final String EASTPORT_BUDGET = String.join("\n\n",
            "Eastport's council approved a 48 million euro budget for 2026 on Wednesday after a late-night debate "
                    + "over school funding and street lighting.",
            "Councillor Maria Jensen voted against the plan, arguing that road maintenance had again been cut to "
                    + "pay for a new sports hall near Quay Road.",
            "The budget raises property tax by 2.5 percent. Opposition members said 19 libraries would shorten "
                    + "their opening hours as a result.");

    private EventStories() {
    }
}
