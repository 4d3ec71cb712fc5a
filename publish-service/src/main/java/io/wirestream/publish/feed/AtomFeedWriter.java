package io.wirestream.publish.feed;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 (RFC 4287) document with StAX, so escaping is the XML writer's job. What
 * StAX cannot do is drop characters XML 1.0 forbids (most C0 controls, lone surrogates,
 * U+FFFE/U+FFFF); wire copy does contain them, so every text passes {@link #xmlSafe} first.
 */
final class AtomFeedWriter {

    static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    // The JDK's own StAX writer, whatever else is on the classpath: its escaping is what the tests pin.
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private AtomFeedWriter() {
    }

    static void write(AtomFeed feed, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        try {
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.setDefaultNamespace(ATOM_NS);
            xml.writeStartElement(ATOM_NS, "feed");
            xml.writeDefaultNamespace(ATOM_NS);
            text(xml, "id", feed.id());
            text(xml, "title", feed.title());
            text(xml, "updated", date(feed.updated()));
            link(xml, "self", "application/atom+xml", feed.selfUrl());
            link(xml, "alternate", "application/json", feed.alternateUrl());
            if (feed.hub() != null) {
                xml.writeEmptyElement(ATOM_NS, "link");
                xml.writeAttribute("rel", "hub");
                xml.writeAttribute("href", xmlSafe(feed.hub()));
            }
            author(xml, feed.author());
            text(xml, "generator", feed.generator());
            for (AtomFeed.AtomEntry entry : feed.entries()) {
                entry(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } finally {
            xml.close();
        }
    }

    private static void entry(XMLStreamWriter xml, AtomFeed.AtomEntry entry) throws XMLStreamException {
        xml.writeStartElement(ATOM_NS, "entry");
        text(xml, "id", entry.id());
        text(xml, "title", entry.title());
        text(xml, "updated", date(entry.updated()));
        if (entry.published() != null) {
            text(xml, "published", date(entry.published()));
        }
        if (entry.author() != null && !entry.author().isBlank()) {
            author(xml, entry.author());
        }
        link(xml, "alternate", "application/json", entry.link());
        if (entry.corrected()) {
            xml.writeEmptyElement(ATOM_NS, "category");
            xml.writeAttribute("term", AtomFeed.AtomEntry.CORRECTION);
            xml.writeAttribute("scheme", AtomFeed.AtomEntry.SIGNAL_SCHEME);
            xml.writeAttribute("label", "Correction");
        }
        if (entry.html() != null) {
            content(xml, "html", entry.html());
        } else if (entry.text() != null) {
            content(xml, "text", entry.text());
        }
        xml.writeEndElement();
    }

    private static void content(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM_NS, "content");
        xml.writeAttribute("type", type);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    private static void author(XMLStreamWriter xml, String name) throws XMLStreamException {
        xml.writeStartElement(ATOM_NS, "author");
        text(xml, "name", name);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement(ATOM_NS, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", xmlSafe(href));
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM_NS, element);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    /** RFC 3339, keeping the offset the source stated. */
    static String date(OffsetDateTime value) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }

    /** {@code text} without the code points XML 1.0 does not allow anywhere in a document. */
    static String xmlSafe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!allowed && safe == null) {
                safe = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && safe != null) {
                safe.appendCodePoint(cp);
            }
            i += width;
        }
        return safe == null ? text : safe.toString();
    }
}
