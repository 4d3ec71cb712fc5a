package io.wirestream.contract;

/**
 * A wire dateline such as {@code MOSCOW, Nov. 23 (Xinhua) --}.
 *
 * @param place  the place as written ("MOSCOW")
 * @param date   the date as written, or null ("Nov. 23")
 * @param agency the agency named in brackets, or null ("Xinhua")
 */
public record Dateline(String place, String date, String agency) {
}
