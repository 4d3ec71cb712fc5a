package io.wirestream.ingest.format;

import io.wirestream.contract.ProviderFields;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One message of a control-character text transmission (ANPA-1312, IPTC 7901):
 * {@code [SYN SYN] SOH header STX text ETX trailer [EOT]}. A file or push may hold several messages
 * back to back; each is one item.
 *
 * @param header  between start-of-heading and start-of-text
 * @param text    between start-of-text and end-of-text
 * @param trailer after end-of-text up to the next message (time stamps, EOT stripped)
 * @param raw     the whole message as received, control characters included
 */
public record Transmission(String header, String text, String trailer, String raw) {

    public static final char SOH = 0x01;
    public static final char STX = 0x02;
    public static final char ETX = 0x03;
    public static final char EOT = 0x04;
    public static final char SYN = 0x16;

    /** Splits a transmission into its messages; a message without STX or ETX is refused as truncated. */
    /**
     * Parses every transmission in {@code input} with {@code fields}: one transmission is a single
     * article, several are a batch in which a bad message is refused on its own.
     */
    public static ParsedDocument parseAll(String input, Function<Transmission, ProviderFields> fields) {
        List<Transmission> messages = split(input);
        if (messages.size() == 1) {
            return ParsedDocument.single(ParsedItem.of(input, fields.apply(messages.getFirst())));
        }
        List<ParsedItem> items = new ArrayList<>();
        for (Transmission message : messages) {
            try {
                items.add(ParsedItem.of(message.raw(), fields.apply(message)));
            } catch (IngestException e) {
                items.add(ParsedItem.refused(message.raw(), e));
            }
        }
        return new ParsedDocument(items, true);
    }

    public static List<Transmission> split(String input) {
        List<Transmission> messages = new ArrayList<>();
        int soh = input.indexOf(SOH);
        if (soh < 0) {
            throw new IngestException(Problem.MALFORMED, "The transmission has no start-of-heading (SOH, 0x01).");
        }
        while (soh >= 0) {
            int next = input.indexOf(SOH, soh + 1);
            int end = next < 0 ? input.length() : next;
            int stx = input.indexOf(STX, soh);
            if (stx < 0 || stx > end) {
                throw new IngestException(Problem.MALFORMED, "Message " + (messages.size() + 1)
                        + " of the transmission has no start-of-text (STX, 0x02); it is truncated or not a transmission.");
            }
            int etx = input.indexOf(ETX, stx);
            if (etx < 0 || etx > end) {
                throw new IngestException(Problem.MALFORMED, "Message " + (messages.size() + 1)
                        + " of the transmission has no end-of-text (ETX, 0x03); it looks truncated.");
            }
            String trailer = input.substring(etx + 1, end).replace(String.valueOf(EOT), "")
                    .replace(String.valueOf(SYN), "").strip();
            int start = soh;
            while (start > 0 && input.charAt(start - 1) == SYN) {
                start--;
            }
            messages.add(new Transmission(input.substring(soh + 1, stx).strip(), input.substring(stx + 1, etx),
                    trailer, input.substring(start, Math.min(end, etx + 1 + trailerLength(input, etx, end)))));
            soh = next;
        }
        return messages;
    }

    private static int trailerLength(String input, int etx, int end) {
        int n = end - etx - 1;
        // Keep the trailer but not the SYN characters that lead into the next message.
        while (n > 0 && input.charAt(etx + n) == SYN) {
            n--;
        }
        return n;
    }

    /** True when the text looks like a control-character transmission (SOH before STX before ETX). */
    public static boolean looksLikeOne(CharSequence head) {
        int soh = -1;
        int stx = -1;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == SOH && soh < 0) {
                soh = i;
            } else if (c == STX && soh >= 0 && stx < 0) {
                stx = i;
            } else if (c == ETX && stx >= 0) {
                return true;
            }
        }
        return stx >= 0; // a long first message may end beyond the sniffed head
    }
}
