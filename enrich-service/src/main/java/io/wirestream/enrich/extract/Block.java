package io.wirestream.enrich.extract;

/**
 * One unit of a page in reading order: a line or paragraph of a text dump, or a block element of HTML.
 *
 * @param text        the text, whitespace-collapsed
 * @param linkDensity share of the text that sits inside links (0 for text dumps)
 * @param heading     true for HTML headings, which may sit inside a body as sub-heads
 */
record Block(String text, double linkDensity, boolean heading) {

    static Block plain(String text) {
        return new Block(text, 0, false);
    }
}
