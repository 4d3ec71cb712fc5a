package io.wirestream.publish.feed;

import static io.wirestream.publish.feed.AtomFeedWriter.xmlSafe;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes RSS 2.0 with StAX. The guid is the article's stable uri (isPermaLink="false"), the full
 * text goes in content:encoded and description, and atom:link carries self and the WebSub hub, as
 * feed readers expect. Every text passes {@link AtomFeedWriter#xmlSafe}, so any input stays
 * well-formed XML.
 */
final class RssFeedWriter {

    static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    // RFC 822 as RSS 2.0 wants it, in English whatever the server locale.
    private static final DateTimeFormatter RFC_822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx", Locale.ROOT);

    private RssFeedWriter() {
    }

    static void write(AtomFeed feed, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        try {
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("atom", AtomFeedWriter.ATOM_NS);
            xml.writeNamespace("content", CONTENT_NS);
            xml.writeNamespace("dc", DC_NS);
            xml.writeStartElement("channel");
            text(xml, "title", feed.title());
            text(xml, "link", feed.alternateUrl());
            text(xml, "description", feed.title());
            text(xml, "lastBuildDate", date(feed.updated()));
            text(xml, "generator", feed.generator());
            atomLink(xml, "self", feed.selfUrl(), "application/rss+xml");
            if (feed.hub() != null) {
                atomLink(xml, "hub", feed.hub(), null);
            }
            for (AtomFeed.AtomEntry entry : feed.entries()) {
                item(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } finally {
            xml.close();
        }
    }

    private static void item(XMLStreamWriter xml, AtomFeed.AtomEntry entry) throws XMLStreamException {
        xml.writeStartElement("item");
        text(xml, "title", entry.title());
        text(xml, "link", entry.link());
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "false");
        xml.writeCharacters(xmlSafe(entry.id()));
        xml.writeEndElement();
        text(xml, "pubDate", date(entry.published() != null ? entry.published() : entry.updated()));
        if (entry.author() != null && !entry.author().isBlank()) {
            xml.writeStartElement("dc", "creator", DC_NS);
            xml.writeCharacters(xmlSafe(entry.author()));
            xml.writeEndElement();
        }
        if (entry.corrected()) {
            xml.writeStartElement("category");
            xml.writeAttribute("domain", AtomFeed.AtomEntry.SIGNAL_SCHEME);
            xml.writeCharacters(AtomFeed.AtomEntry.CORRECTION);
            xml.writeEndElement();
        }
        String html = entry.html() != null ? entry.html() : escapeText(entry.text());
        if (html != null) {
            text(xml, "description", html);
            xml.writeStartElement("content", "encoded", CONTENT_NS);
            xml.writeCharacters(xmlSafe(html));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void atomLink(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("atom", "link", AtomFeedWriter.ATOM_NS);
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", xmlSafe(href));
        if (type != null) {
            xml.writeAttribute("type", type);
        }
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    static String date(OffsetDateTime value) {
        return RFC_822.format(value);
    }

    /** Plain text shown as HTML: escaped, paragraphs kept as line breaks. */
    static String escapeText(String text) {
        if (text == null) {
            return null;
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }
}
