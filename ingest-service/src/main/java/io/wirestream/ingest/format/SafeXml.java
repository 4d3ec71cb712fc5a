package io.wirestream.ingest.format;

import io.wirestream.ingest.IngestException;
import io.wirestream.ingest.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The only way ingest parses XML. Wire XML never needs entities of its own, so a document that
 * declares any (the shape of XXE and "billion laughs") is refused before a parser sees it; the
 * parser is locked down as well (no external DTD, entity or schema is ever fetched, JAXP secure
 * processing limits), so nothing is read from disk or network whatever the document says. A
 * DOCTYPE that merely names an external DTD, as NITF files often do, is parsed without fetching it.
 */
public final class SafeXml {

    private static final Pattern ENTITY_DECLARATION = Pattern.compile("<!ENTITY", Pattern.CASE_INSENSITIVE);
    private static final DocumentBuilderFactory FACTORY = hardenedFactory();
    private static final TransformerFactory TRANSFORMERS = hardenedTransformers();
    /**
     * One builder per thread, reset after each document: building a Xerces parser configuration
     * (security manager, scanners, symbol table) cost more than parsing a typical wire item.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(SafeXml::newBuilder);

    private SafeXml() {
    }

    /** Parses a decoded XML document. */
    public static Document parse(String xml) {
        refuseEntityDeclarations(xml);
        DocumentBuilder builder = BUILDERS.get();
        try {
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw refusal(e, " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")");
        } catch (SAXException e) {
            throw refusal(e, "");
        } catch (IOException e) {
            throw new IngestException(Problem.MALFORMED, "The XML document cannot be read: " + e.getMessage(), e);
        } finally {
            // reset() brings back the factory's (hardened) settings, but drops resolver and handler.
            builder.reset();
            harden(builder);
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            return harden(FACTORY.newDocumentBuilder());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The hardened XML parser cannot be configured", e);
        }
    }

    private static DocumentBuilder harden(DocumentBuilder builder) {
        // Belt and braces: should anything still ask for an external resource, it gets nothing.
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        builder.setErrorHandler(SILENT);
        return builder;
    }

    /** The node and its descendants as XML text (no declaration), e.g. one newsItem of a newsMessage. */
    public static String serialize(Node node) {
        try {
            Transformer transformer = TRANSFORMERS.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(node), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Serialising a parsed DOM node cannot fail", e);
        }
    }

    /** Entity declarations sit in the DOCTYPE, so only the prolog before the root element is searched. */
    static void refuseEntityDeclarations(String xml) {
        int doctype = indexOfIgnoreCase(xml, "<!DOCTYPE");
        if (doctype < 0) {
            return;
        }
        if (ENTITY_DECLARATION.matcher(xml).region(doctype, xml.length()).find()) {
            throw new IngestException(Problem.XML_FORBIDDEN, "The XML document declares entities in its DOCTYPE."
                    + " Wire formats never need their own entities; such documents (XXE, entity expansion) are refused.");
        }
    }

    private static int indexOfIgnoreCase(String text, String what) {
        int limit = Math.min(text.length(), 64 * 1024);
        for (int i = text.indexOf('<'); i >= 0 && i < limit; i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    private static IngestException refusal(SAXException e, String where) {
        String message = String.valueOf(e.getMessage());
        // JAXP reports its own limits with JAXP0001xxxx codes; they are hostile documents, not typos.
        Problem problem = message.contains("JAXP") || message.contains("DOCTYPE is disallowed")
                ? Problem.XML_FORBIDDEN : Problem.MALFORMED;
        return new IngestException(problem, "The body is not well-formed XML: " + message + where, e);
    }

    private static DocumentBuilderFactory hardenedFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK XML parser must support the hardening features", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", "100");
        factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", "256");
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setIgnoringComments(true);
        return factory;
    }

    private static TransformerFactory hardenedTransformers() {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return factory;
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) {
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXParseException {
            throw exception;
        }
    };
}
