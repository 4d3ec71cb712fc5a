package io.wirestream.publish.api;

import io.wirestream.publish.store.ArticleHit;

/**
 * Turns PostgreSQL's marked highlight text into safe HTML: everything is escaped, and only the
 * match markers become {@code <mark>} elements, always balanced.
 */
final class Highlights {

    private Highlights() {
    }

    static String html(String marked) {
        if (marked == null) {
            return null;
        }
        var html = new StringBuilder(marked.length() + 32);
        boolean open = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case ArticleHit.MARK_START -> {
                    if (!open) {
                        html.append("<mark>");
                        open = true;
                    }
                }
                case ArticleHit.MARK_END -> {
                    if (open) {
                        html.append("</mark>");
                        open = false;
                    }
                }
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        html.append(c);
                    }
                }
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }
}
