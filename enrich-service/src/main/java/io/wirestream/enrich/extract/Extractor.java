package io.wirestream.enrich.extract;

import io.wirestream.contract.RawArticle;

/** Finds headline and body paragraphs in one wire format. */
interface Extractor {

    Extracted extract(RawArticle raw);
}
