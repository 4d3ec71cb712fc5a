package io.wirestream.ingest.format.nitf;

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
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * IPTC NITF 3.x: {@code doc-id@id-string} is the guid, {@code du-key@version} the version,
 * {@code urgency@ed-urg} the urgency, {@code hedline/hl1} the headline, {@code body.content} the
 * body (plain paragraphs), {@code tobject.subject@tobject.subject.refnum} the IPTC subject codes.
 */
public final class NitfParser implements WireParser {

    @Override
    public WireFormat format() {
        return WireFormat.NITF;
    }

    @Override
    public ParsedDocument parse(String text) {
        Element root = SafeXml.parse(text).getDocumentElement();
        if (!"nitf".equals(Dom.name(root))) {
            throw new IngestException(Problem.MALFORMED, "A NITF document has the root element <nitf>, not <"
                    + Dom.name(root) + ">.");
        }
        return ParsedDocument.single(ParsedItem.of(text, fields(root)));
    }

    /** Maps a {@code <nitf>} element; also used for NITF embedded in NewsML. */
    public static ProviderFields fields(Element nitf) {
        Element head = Dom.child(nitf, "head");
        Element docdata = Dom.child(head, "docdata");
        Element bodyHead = Dom.path(nitf, "body", "body.head");
        Element content = Dom.path(nitf, "body", "body.content");

        String headline = Dom.text(Dom.child(Dom.child(bodyHead, "hedline"), "hl1"));
        if (headline == null) {
            headline = Dom.text(Dom.child(head, "title"));
        }
        String body = Dom.paragraphs(content);
        if (headline == null && body == null) {
            throw new IngestException(Problem.MALFORMED,
                    "The NITF document has neither a headline (body.head/hedline/hl1, head/title) nor a body (body.content).");
        }
        Element docId = Dom.child(docdata, "doc-id");
        Element duKey = Dom.child(docdata, "du-key");
        String language = firstNonNull(Dom.attr(nitf, "baselang"), Dom.attr(nitf, "xml:lang"));
        String dateline = Dom.text(Dom.child(bodyHead, "dateline"));
        Element dateIssue = Dom.child(docdata, "date.issue");
        Element release = Dom.child(docdata, "date.release");
        return new ProviderFields(
                Dom.attr(docId, "id-string"),
                Dom.positive(Dom.attr(duKey, "version")),
                headline,
                body,
                body == null ? null : "text/plain",
                byline(Dom.child(bodyHead, "byline")),
                firstNonNull(Dom.text(Dom.child(Dom.child(bodyHead, "dateline"), "location")), dateline),
                language == null ? null : language.toLowerCase(Locale.ROOT).replace('_', '-'),
                managementStatus(Dom.attr(docdata, "management-status")),
                WireDates.parse(Dom.attr(dateIssue, "norm")),
                null,
                subjects(head),
                firstNonNull(Dom.attr(duKey, "key"), Dom.attr(Dom.descendant(docdata, "keyword"), "key")),
                Dom.positive(Dom.attr(Dom.child(docdata, "urgency"), "ed-urg")),
                null,
                embargoOf(release, dateIssue),
                dateline);
    }

    private static String byline(Element byline) {
        if (byline == null) {
            return null;
        }
        Element person = Dom.child(byline, "person");
        String text = Dom.text(byline);
        if (text == null) {
            return null;
        }
        // "By Ingrid Solberg" -> "Ingrid Solberg"; a <person> child is the cleanest statement.
        String who = person != null && Dom.text(person) != null ? Dom.text(person) : text;
        return who.replaceFirst("(?i)^by\\s+", "");
    }

    private static Instant embargoOf(Element release, Element issue) {
        if (release == null) {
            return null;
        }
        Instant releaseAt = WireDates.parse(Dom.attr(release, "norm"));
        Instant issuedAt = issue == null ? null : WireDates.parse(Dom.attr(issue, "norm"));
        // A release date after the issue date is an embargo; equal dates are just the release.
        return releaseAt != null && (issuedAt == null || releaseAt.isAfter(issuedAt)) ? releaseAt : null;
    }

    /** docdata@management-status: usable, embargoed, withheld or canceled. */
    private static String managementStatus(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "usable", "embargoed" -> "usable";
            case "withheld", "canceled" -> value.toLowerCase(Locale.ROOT);
            case "cancelled", "kill", "killed" -> "canceled";
            default -> null;
        };
    }

    private static List<String> subjects(Element head) {
        Set<String> codes = new LinkedHashSet<>();
        for (Element subject : Dom.descendants(head, "tobject.subject")) {
            String refnum = Dom.attr(subject, "tobject.subject.refnum");
            if (refnum != null && refnum.matches("\\d{8}")) {
                codes.add("subj:" + refnum);
            }
        }
        return List.copyOf(codes);
    }


    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
