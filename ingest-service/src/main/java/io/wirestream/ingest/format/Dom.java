package io.wirestream.ingest.format;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Namespace-blind DOM helpers. Agencies send the same vocabulary with, without and with the wrong
 * namespace, so elements are matched by local name only.
 */
public final class Dom {

    private Dom() {
    }

    public static String name(Node node) {
        String local = node.getLocalName();
        return local != null ? local : node.getNodeName();
    }

    public static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (localName == null || localName.equals(name(e)))) {
                found.add(e);
            }
        }
        return found;
    }

    public static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** Follows a path of child names, e.g. {@code path(root, "head", "docdata")}. */
    public static Element path(Element from, String... localNames) {
        Element current = from;
        for (String localName : localNames) {
            current = child(current, localName);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    public static List<Element> descendants(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        if (root == null) {
            return found;
        }
        NodeList list = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        if (found.isEmpty()) {
            // Documents parsed without namespaces report local names as null.
            list = root.getElementsByTagName(localName);
            for (int i = 0; i < list.getLength(); i++) {
                found.add((Element) list.item(i));
            }
        }
        return found;
    }

    public static Element descendant(Element root, String localName) {
        List<Element> found = descendants(root, localName);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The element's text with runs of whitespace collapsed; null when absent or blank. */
    public static String text(Element element) {
        if (element == null) {
            return null;
        }
        return clean(element.getTextContent());
    }

    /** The attribute's value, stripped; null when absent or blank. */
    public static String attr(Element element, String name) {
        if (element == null || !element.hasAttribute(name)) {
            return null;
        }
        return clean(element.getAttribute(name));
    }

    /** A whole number of at least 1, else null (wire metadata is liberal; a bad number is treated as absent). */
    public static Integer positive(String value) {
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            return n >= 1 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Compiled once: String.replaceAll compiles its pattern on every call, and clean runs per field. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("[\\s\\u00A0]+");

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String collapsed = WHITESPACE.matcher(text).replaceAll(" ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }

    /**
     * Plain text of a body: one paragraph per block element (p, hl2, li, ...), blank line between
     * them. Unknown inline elements inside a paragraph are read through, not dropped.
     */
    public static String paragraphs(Element body) {
        if (body == null) {
            return null;
        }
        List<String> blocks = new ArrayList<>();
        collectBlocks(body, blocks);
        if (blocks.isEmpty()) {
            return text(body);
        }
        return String.join("\n\n", blocks);
    }

    private static final java.util.Set<String> BLOCKS = java.util.Set.of(
            "p", "hl1", "hl2", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt",
            "caption", "media-caption", "tagline");

    private static final java.util.Set<String> SKIPPED = java.util.Set.of("media", "media-reference", "script", "style",
            "head", "title");

    private static void collectBlocks(Element element, List<String> blocks) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element child)) {
                continue;
            }
            String name = name(child).toLowerCase(java.util.Locale.ROOT);
            if (SKIPPED.contains(name)) {
                continue;
            }
            if (BLOCKS.contains(name)) {
                String text = text(child);
                if (text != null) {
                    blocks.add(text);
                }
            } else {
                collectBlocks(child, blocks);
            }
        }
    }
}
