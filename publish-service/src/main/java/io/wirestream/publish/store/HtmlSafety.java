package io.wirestream.publish.store;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Allow-list sanitising of article HTML: structure, emphasis, lists, tables, quotes, links and
 * images stay; scripts, styles, frames, forms, event handlers and any URL that is not http(s)
 * (or mailto for links) go. Applied once when an item is stored, so the API, every feed format and
 * the stream all serve the same safe HTML.
 */
public final class HtmlSafety {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private HtmlSafety() {
    }

    public static String clean(String html) {
        if (html == null) {
            return null;
        }
        return Jsoup.clean(html, "", ALLOWED, OUTPUT);
    }
}
