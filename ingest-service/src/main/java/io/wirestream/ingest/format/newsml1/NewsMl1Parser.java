package io.wirestream.ingest.format.newsml1;

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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * IPTC NewsML 1.2. The guid is the item's public identifier without its revision
 * ({@code urn:newsml:<provider>:<date>:<item>}), so every revision shares it; the body is the
 * richest text content item (an embedded NITF or XHTML), wherever the component tree puts it.
 * A {@code NewsML} document with several {@code NewsItem}s is a batch.
 */
public final class NewsMl1Parser implements WireParser {

    /** Component roles that never hold the story text. */
    private static final Set<String> NOT_BODY = Set.of("headline", "stylesheet", "logo", "contact", "caption",
            "byline", "dateline", "copyright");

    @Override
    public WireFormat format() {
        return WireFormat.NEWSML_1;
    }

    @Override
    public ParsedDocument parse(String text) {
        Element root = SafeXml.parse(text).getDocumentElement();
        if (!"NewsML".equals(Dom.name(root))) {
            throw new IngestException(Problem.MALFORMED,
                    "A NewsML 1.x document has the root element <NewsML>, not <" + Dom.name(root) + ">.");
        }
        List<Element> newsItems = Dom.children(root, "NewsItem");
        if (newsItems.isEmpty()) {
            throw new IngestException(Problem.MALFORMED, "The NewsML document holds no NewsItem.");
        }
        if (newsItems.size() == 1) {
            return ParsedDocument.single(ParsedItem.of(text, fields(newsItems.getFirst())));
        }
        List<ParsedItem> items = new ArrayList<>();
        for (Element item : newsItems) {
            String payload = SafeXml.serialize(item);
            try {
                items.add(ParsedItem.of(payload, fields(item)));
            } catch (IngestException e) {
                items.add(ParsedItem.refused(payload, e));
            }
        }
        return new ParsedDocument(items, true);
    }

    static ProviderFields fields(Element item) {
        Element identifier = Dom.path(item, "Identification", "NewsIdentifier");
        Element management = Dom.child(item, "NewsManagement");
        Element revision = Dom.child(identifier, "RevisionId");

        String headline = Dom.text(Dom.descendant(item, "HeadLine"));
        String body = body(item);
        String guid = guid(identifier);
        if (headline == null && body == null) {
            throw new IngestException(Problem.MALFORMED, "The NewsItem " + (guid == null ? "" : guid + " ")
                    + "has neither a HeadLine nor a text ContentItem.");
        }
        String status = Dom.attr(Dom.child(management, "Status"), "FormalName");
        return new ProviderFields(
                guid,
                Dom.positive(Dom.text(revision)),
                headline,
                body,
                body == null ? null : "text/plain",
                byline(item),
                located(item),
                language(item),
                status == null ? null : pubStatus(status),
                WireDates.parse(Dom.text(Dom.child(management, "ThisRevisionCreated"))),
                WireDates.parse(Dom.text(Dom.child(management, "FirstCreated"))),
                subjects(item),
                Dom.text(Dom.descendant(item, "SlugLine")),
                Dom.positive(Dom.attr(Dom.child(management, "Urgency"), "FormalName")),
                signal(revision),
                embargo(management, status),
                Dom.text(Dom.descendant(item, "DateLine")));
    }

    private static String guid(Element identifier) {
        String provider = Dom.text(Dom.child(identifier, "ProviderId"));
        String date = Dom.text(Dom.child(identifier, "DateId"));
        String id = Dom.text(Dom.child(identifier, "NewsItemId"));
        if (provider != null && date != null && id != null) {
            return "urn:newsml:" + provider + ":" + date + ":" + id;
        }
        String publicId = Dom.text(Dom.child(identifier, "PublicIdentifier"));
        // urn:newsml:provider:date:item:revision[suffix] -> drop the revision
        return publicId == null ? null : publicId.replaceFirst(":\\d+[A-Za-z]?$", "");
    }

    private static String pubStatus(String status) {
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "withheld" -> "withheld";
            case "canceled", "cancelled", "kill", "killed" -> "canceled";
            default -> "usable"; // Usable, Embargoed
        };
    }

    /** RevisionId@Update: N is a full new revision, A and U amend the previous one. */
    private static String signal(Element revision) {
        String update = Dom.attr(revision, "Update");
        return update != null && (update.equalsIgnoreCase("U") || update.equalsIgnoreCase("A")) ? "update" : null;
    }

    private static java.time.Instant embargo(Element management, String status) {
        if (status == null || !status.equalsIgnoreCase("Embargoed")) {
            return null;
        }
        return WireDates.parse(Dom.text(Dom.path(management, "StatusWillChange", "DateAndTime")));
    }

    private static String byline(Element item) {
        String byline = Dom.text(Dom.descendant(item, "ByLine"));
        if (byline != null) {
            return byline.replaceFirst("(?i)^by\\s+", "");
        }
        Element creator = Dom.descendant(item, "Creator");
        List<String> names = new ArrayList<>();
        for (Element party : Dom.children(creator, "Party")) {
            String name = Dom.attr(party, "FormalName");
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String located(Element item) {
        for (Element location : Dom.descendants(item, "Location")) {
            String city = null;
            String country = null;
            for (Element property : Dom.children(location, "Property")) {
                String name = Dom.attr(property, "FormalName");
                if ("City".equalsIgnoreCase(name)) {
                    city = Dom.attr(property, "Value");
                } else if ("Country".equalsIgnoreCase(name)) {
                    country = Dom.attr(property, "Value");
                }
            }
            if (city != null || country != null) {
                return city != null ? city : country;
            }
        }
        return null;
    }

    private static String language(Element item) {
        String language = Dom.attr(Dom.descendant(item, "Language"), "FormalName");
        if (language == null) {
            language = Dom.attr(item, "xml:lang");
        }
        return language == null ? null : language.toLowerCase(Locale.ROOT);
    }

    private static List<String> subjects(Element item) {
        Set<String> codes = new LinkedHashSet<>();
        for (Element code : Dom.descendants(item, "SubjectCode")) {
            for (Element subject : Dom.children(code, null)) {
                String formal = Dom.attr(subject, "FormalName");
                if (formal != null && formal.matches("\\d{8}")) {
                    codes.add("subj:" + formal);
                }
            }
        }
        return List.copyOf(codes);
    }

    /** The longest text among the content items that can hold the story. */
    private static String body(Element item) {
        String best = null;
        for (Element content : Dom.descendants(item, "ContentItem")) {
            Element component = (Element) content.getParentNode();
            String role = Dom.attr(Dom.child(component, "Role"), "FormalName");
            if (role != null && NOT_BODY.contains(role.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String mime = Dom.attr(Dom.child(content, "MimeType"), "FormalName");
            if (mime != null && !mime.startsWith("text/") && !mime.contains("xml")) {
                continue;
            }
            if (mime != null && mime.equals("text/css")) {
                continue;
            }
            Element data = Dom.child(content, "DataContent");
            if (data == null) {
                continue;
            }
            Element nitfBody = Dom.descendant(data, "body.content");
            Element htmlBody = Dom.descendant(data, "body");
            String text = Dom.paragraphs(nitfBody != null ? nitfBody : htmlBody != null ? htmlBody : data);
            if (text != null && (best == null || text.length() > best.length())) {
                best = text;
            }
        }
        return best;
    }
}
