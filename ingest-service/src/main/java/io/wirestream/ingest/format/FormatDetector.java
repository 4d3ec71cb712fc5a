package io.wirestream.ingest.format;

import io.wirestream.contract.WireFormat;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.format.iptc7901.Iptc7901Parser;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;

/**
 * Decides the wire format of a decoded document. The content decides whenever it is clear (a JSON
 * object or array, a known XML root element, control characters of a text transmission), because
 * senders often label wire copy {@code application/xml}, {@code application/octet-stream},
 * {@code text/plain} or with a misspelt type; the declared type only settles what the content
 * leaves open (a page dump labelled {@code text/html} is HTML).
 */
public final class FormatDetector {

    /** How far into a document the detector looks. */
    static final int HEAD = 8 * 1024;

    private static final Map<String, WireFormat> ROOTS = Map.of(
            "nitf", WireFormat.NITF,
            "newsitem", WireFormat.NEWSML_G2,
            "newsmessage", WireFormat.NEWSML_G2,
            "newsml", WireFormat.NEWSML_1,
            "html", WireFormat.HTML);

    private FormatDetector() {
    }

    /** Types that are never wire copy; refused before the body is read. */
    public static boolean clearlyNotText(MediaType type) {
        if (type == null) {
            return false;
        }
        String main = type.getType().toLowerCase(Locale.ROOT);
        String sub = type.getSubtype().toLowerCase(Locale.ROOT);
        return switch (main) {
            case "image", "audio", "video", "font", "model", "multipart" -> true;
            case "application" -> sub.equals("pdf") || sub.equals("zip") || sub.equals("gzip") || sub.equals("x-tar")
                    || sub.equals("msword") || sub.startsWith("vnd.ms-") || sub.startsWith("vnd.openxmlformats")
                    || sub.equals("x-www-form-urlencoded");
            default -> false;
        };
    }

    public static WireFormat detect(MediaType declared, String text) {
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        int start = firstNonSpace(head);
        if (start < 0) {
            throw new IngestException(Problem.MALFORMED, "The request body is empty.");
        }
        if (head.indexOf('\u0000') >= 0) {
            throw new IngestException(Problem.UNKNOWN_FORMAT,
                    "The body holds NUL characters: it is binary or in an undeclared UTF-16/32; declare its charset.");
        }
        char first = head.charAt(start);
        if ((first == '{' || first == '[') && (declared != null && isJson(declared) || closes(text, first))) {
            return WireFormat.NINJS; // "[CORRECTED] Ferry ..." in a text/plain dump is not JSON
        }
        int soh = head.indexOf(Transmission.SOH);
        if (soh >= 0 && soh < 64 && Transmission.looksLikeOne(head)) {
            int stx = head.indexOf(Transmission.STX, soh);
            return Iptc7901Parser.isHeading(head.substring(soh + 1, stx)) ? WireFormat.IPTC_7901 : WireFormat.ANPA_1312;
        }
        if (first == '<') {
            Optional<String> root = rootElement(head, start);
            if (root.isPresent()) {
                SafeXml.refuseEntityDeclarations(text);
                String local = root.get().substring(root.get().indexOf(':') + 1).toLowerCase(Locale.ROOT);
                WireFormat format = ROOTS.get(local);
                if (format != null) {
                    return format;
                }
                boolean claimsXml = head.startsWith("<?xml", start) || declared != null
                        && declared.getSubtype().toLowerCase(Locale.ROOT).endsWith("xml");
                if (isHtml(declared) || looksLikeHtml(head) || !claimsXml) {
                    return WireFormat.HTML; // a page or an HTML fragment ("<p>OSLO -- ...")
                }
                throw new IngestException(Problem.UNKNOWN_FORMAT, "The XML root element <" + root.get()
                        + "> is not a wire format ingest reads (nitf, newsItem, newsMessage, NewsML, html).");
            }
        }
        if (declared != null && isJson(declared)) {
            throw new IngestException(Problem.MALFORMED, "The body is declared as JSON but is not a JSON object or array.");
        }
        if (declared != null && declared.getSubtype().toLowerCase(Locale.ROOT).endsWith("xml") && first != '<') {
            throw new IngestException(Problem.MALFORMED, "The body is declared as XML but does not start with an element.");
        }
        return isHtml(declared) || looksLikeHtml(head) ? WireFormat.HTML : WireFormat.TEXT;
    }

    /** True when the text ends with the bracket that closes its first one. */
    private static boolean closes(String text, char first) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == (first == '{' ? '}' : ']');
            }
        }
        return false;
    }

    private static boolean isJson(MediaType type) {
        String sub = type.getSubtype().toLowerCase(Locale.ROOT);
        return sub.equals("json") || sub.endsWith("+json");
    }

    private static boolean isHtml(MediaType type) {
        return type != null && (MediaType.TEXT_HTML.equalsTypeAndSubtype(type)
                || MediaType.APPLICATION_XHTML_XML.equalsTypeAndSubtype(type));
    }

    private static boolean looksLikeHtml(String head) {
        String lower = head.toLowerCase(Locale.ROOT);
        return lower.contains("<!doctype html") || lower.contains("<html") || lower.contains("<body");
    }

    private static int firstNonSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return i;
            }
        }
        return -1;
    }

    /** The name of the first element, skipping the XML declaration, comments, PIs and the DOCTYPE. */
    static Optional<String> rootElement(String head, int from) {
        int i = from;
        while (i >= 0 && i < head.length()) {
            i = head.indexOf('<', i);
            if (i < 0 || i + 1 >= head.length()) {
                return Optional.empty();
            }
            char next = head.charAt(i + 1);
            if (next == '?') {
                i = head.indexOf("?>", i);
                i = i < 0 ? -1 : i + 2;
            } else if (head.startsWith("<!--", i)) {
                i = head.indexOf("-->", i);
                i = i < 0 ? -1 : i + 3;
            } else if (next == '!') {
                i = endOfDoctype(head, i);
            } else {
                int end = i + 1;
                while (end < head.length() && !Character.isWhitespace(head.charAt(end)) && head.charAt(end) != '>'
                        && head.charAt(end) != '/') {
                    end++;
                }
                return end > i + 1 ? Optional.of(head.substring(i + 1, end)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static int endOfDoctype(String head, int start) {
        int depth = 0;
        for (int i = start + 2; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
