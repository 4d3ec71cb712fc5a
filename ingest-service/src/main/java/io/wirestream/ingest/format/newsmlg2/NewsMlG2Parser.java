package io.wirestream.ingest.format.newsmlg2;

import io.wirestream.contract.ProviderFields;
import io.wirestream.contract.WireFormat;
import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import io.wirestream.ingest.format.Dom;
import io.wirestream.ingest.format.ParsedDocument;
import io.wirestream.ingest.format.ParsedItem;
import io.wirestream.ingest.format.SafeXml;
import io.wirestream.ingest.format.WireDates;
import io.wirestream.ingest.format.WireParser;
import io.wirestream.ingest.format.nitf.NitfParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * IPTC NewsML-G2: a lone {@code newsItem} is one article; a {@code newsMessage} is a batch whose
 * text {@code newsItem}s each become an article (package, concept and knowledge items are
 * structure, not stories, and are left out; picture or video items are reported as not ingestible).
 */
public final class NewsMlG2Parser implements WireParser {

    @Override
    public WireFormat format() {
        return WireFormat.NEWSML_G2;
    }

    @Override
    public ParsedDocument parse(String text) {
        Element root = SafeXml.parse(text).getDocumentElement();
        return switch (Dom.name(root)) {
            case "newsItem" -> ParsedDocument.single(ParsedItem.of(text, fields(root)));
            case "newsMessage" -> message(root);
            default -> throw new IngestException(Problem.MALFORMED,
                    "A NewsML-G2 document has the root element <newsItem> or <newsMessage>, not <" + Dom.name(root) + ">.");
        };
    }

    private static ParsedDocument message(Element message) {
        List<ParsedItem> items = new ArrayList<>();
        for (Element set : Dom.children(message, "itemSet")) {
            for (Element item : Dom.children(set, "newsItem")) {
                String payload = SafeXml.serialize(item);
                try {
                    items.add(ParsedItem.of(payload, fields(item)));
                } catch (IngestException e) {
                    items.add(ParsedItem.refused(payload, e));
                }
            }
        }
        if (items.isEmpty()) {
            throw new IngestException(Problem.MALFORMED, "The newsMessage holds no newsItem in its itemSet.");
        }
        return new ParsedDocument(items, true);
    }

    static ProviderFields fields(Element item) {
        Element itemMeta = Dom.child(item, "itemMeta");
        Element contentMeta = Dom.child(item, "contentMeta");
        String itemClass = Dom.attr(Dom.child(itemMeta, "itemClass"), "qcode");
        String guid = Dom.attr(item, "guid");
        if (itemClass != null && !itemClass.endsWith(":text") && !itemClass.endsWith(":composite")) {
            throw new IngestException(Problem.UNKNOWN_FORMAT, "The newsItem " + (guid == null ? "" : guid + " ")
                    + "is of class " + itemClass + "; only text items are ingested.");
        }
        String headline = Dom.text(Dom.child(contentMeta, "headline"));
        Body body = body(Dom.child(item, "contentSet"));
        if (headline == null && body.headline() != null) {
            headline = body.headline(); // some agencies state the headline only inside the embedded NITF
        }
        String bodyText = dropLeadingHeadline(body.text(), headline);
        if (headline == null && bodyText == null) {
            throw new IngestException(Problem.MALFORMED, "The newsItem " + (guid == null ? "" : guid + " ")
                    + "has neither a headline (contentMeta/headline) nor a text body (contentSet/inlineXML or inlineData).");
        }
        String language = Dom.attr(Dom.child(contentMeta, "language"), "tag");
        if (language == null) {
            language = Dom.attr(item, "xml:lang");
        }
        return new ProviderFields(
                guid,
                Dom.positive(Dom.attr(item, "version")),
                headline,
                bodyText,
                bodyText == null ? null : "text/plain",
                byline(contentMeta),
                located(contentMeta),
                language == null ? null : language.toLowerCase(Locale.ROOT),
                pubStatus(Dom.attr(Dom.child(itemMeta, "pubStatus"), "qcode")),
                WireDates.parse(Dom.text(Dom.child(itemMeta, "versionCreated"))),
                WireDates.parse(firstNonNull(Dom.text(Dom.child(itemMeta, "firstCreated")),
                        Dom.text(Dom.child(contentMeta, "contentCreated")))),
                subjects(contentMeta),
                Dom.text(Dom.child(contentMeta, "slugline")),
                Dom.positive(Dom.text(Dom.child(contentMeta, "urgency"))),
                signal(itemMeta),
                WireDates.parse(Dom.text(Dom.child(itemMeta, "embargoed"))),
                Dom.text(Dom.child(contentMeta, "dateline")));
    }

    private record Body(String text, String headline) {
    }

    private static Body body(Element contentSet) {
        for (Element inline : Dom.children(contentSet, "inlineXML")) {
            Element nitf = Dom.name(firstElement(inline)).equals("nitf") ? firstElement(inline) : Dom.descendant(inline, "nitf");
            if (nitf != null) {
                String text = Dom.paragraphs(Dom.path(nitf, "body", "body.content"));
                String headline = Dom.text(Dom.descendant(nitf, "hl1"));
                if (text != null || headline != null) {
                    return new Body(text, headline);
                }
            }
            Element html = Dom.descendant(inline, "body");
            String text = Dom.paragraphs(html != null ? html : inline);
            if (text != null) {
                return new Body(text, null);
            }
        }
        for (Element data : Dom.children(contentSet, "inlineData")) {
            String type = Dom.attr(data, "contenttype");
            if (type == null || type.startsWith("text/")) {
                String text = data.getTextContent() == null ? null : data.getTextContent().strip();
                if (text != null && !text.isEmpty()) {
                    return new Body(text, null);
                }
            }
        }
        return new Body(null, null);
    }

    private static Element firstElement(Element parent) {
        Element first = Dom.child(parent, null);
        return first == null ? parent : first;
    }

    private static String dropLeadingHeadline(String body, String headline) {
        if (body == null || headline == null) {
            return body;
        }
        int end = body.indexOf("\n\n");
        String first = end < 0 ? body : body.substring(0, end);
        if (!first.equals(headline)) {
            return body;
        }
        return end < 0 ? null : body.substring(end + 2);
    }

    /** {@code <by>}, else the creators' names. */
    private static String byline(Element contentMeta) {
        String by = Dom.text(Dom.child(contentMeta, "by"));
        if (by != null) {
            return by.replaceFirst("(?i)^by\\s+", "");
        }
        List<String> names = new ArrayList<>();
        for (Element creator : Dom.children(contentMeta, "creator")) {
            String name = firstNonNull(Dom.text(Dom.child(creator, "name")), Dom.attr(creator, "literal"));
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String located(Element contentMeta) {
        Element located = Dom.child(contentMeta, "located");
        if (located == null) {
            return null;
        }
        String name = Dom.text(Dom.child(located, "name"));
        return name != null ? name : Dom.attr(located, "qcode");
    }

    private static List<String> subjects(Element contentMeta) {
        Set<String> codes = new LinkedHashSet<>();
        for (Element subject : Dom.children(contentMeta, "subject")) {
            String qcode = Dom.attr(subject, "qcode");
            if (qcode != null) {
                codes.add(qcode);
            }
        }
        return List.copyOf(codes);
    }

    /** stat:usable / stat:withheld / stat:canceled, whatever the scheme alias. */
    static String pubStatus(String qcode) {
        if (qcode == null) {
            return null;
        }
        String code = qcode.substring(qcode.indexOf(':') + 1).toLowerCase(Locale.ROOT);
        return switch (code) {
            case "usable", "withheld", "canceled" -> code;
            case "cancelled" -> "canceled";
            default -> null;
        };
    }

    /** sig:update / sig:correction; a correction outranks an update when both are signalled. */
    private static String signal(Element itemMeta) {
        String found = null;
        for (Element signal : Dom.children(itemMeta, "signal")) {
            String qcode = Dom.attr(signal, "qcode");
            String code = qcode == null ? "" : qcode.substring(qcode.indexOf(':') + 1).toLowerCase(Locale.ROOT);
            if (code.equals("correction")) {
                return "correction";
            }
            if (code.equals("update")) {
                found = "update";
            }
        }
        return found;
    }


    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
