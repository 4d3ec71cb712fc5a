package io.wirestream.enrich.stream;

import io.wirestream.contract.RawArticle;
import io.wirestream.enrich.StageException;
import io.wirestream.enrich.article.ArticleBuilder;
import io.wirestream.enrich.dateline.DatelineParser;
import io.wirestream.enrich.decode.RawDecoder;
import io.wirestream.enrich.extract.Extracted;
import io.wirestream.enrich.extract.Extraction;
import io.wirestream.enrich.language.LanguageDetection;
import io.wirestream.enrich.tag.Tagger;
import io.wirestream.enrich.tag.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The stateless stages in order: decode, extract, dateline, language, tag, build. */
public final class ArticleAnalyser {

    private static final Logger log = LoggerFactory.getLogger(ArticleAnalyser.class);

    private final RawDecoder decoder = new RawDecoder();
    private final Extraction extraction = new Extraction();
    private final DatelineParser datelines = new DatelineParser();
    private final ArticleBuilder builder = new ArticleBuilder();
    private final LanguageDetection languages;
    private final Tagger tagger;

    public ArticleAnalyser(LanguageDetection languages) {
        this.languages = languages;
        this.tagger = new Tagger(languages); // shares the loaded language profiles
    }

    RawArticle decode(byte[] value) {
        return decoder.decode(value);
    }

    ArticleBuilder.Built analyse(RawArticle raw) {
        return analyse(raw, true);
    }

    /**
     * Without the language and tag stages, which change nothing dedupe reads (body, provenance,
     * version, status) and take most of the time: the restore benchmark's direct fill uses it for
     * articles whose analysed draft it does not write.
     */
    ArticleBuilder.Built analyseForDedupe(RawArticle raw) {
        return analyse(raw, false);
    }

    private ArticleBuilder.Built analyse(RawArticle raw, boolean languageAndTags) {
        Extracted extracted = stage(Extraction.STAGE, () -> extraction.extract(raw));
        DatelineParser.Match match = stage(DatelineParser.STAGE, () -> datelines.parse(extracted.paragraphs().getFirst()));
        List<String> paragraphs = new ArrayList<>(extracted.paragraphs());
        paragraphs.set(0, match.rest());
        String language = !languageAndTags ? null : stage(LanguageDetection.STAGE, () -> languages.detect(
                extracted.headline(), String.join("\n\n", paragraphs), raw.provider().language()));
        Tags tags = !languageAndTags ? null : tag(String.join("\n\n", paragraphs), extracted.headline(), language);
        return stage(ArticleBuilder.STAGE, () -> builder.build(raw,
                new ArticleBuilder.Findings(extracted.headline(), paragraphs, match.dateline(), language, extracted.page(), tags)));
    }

    /** Tags are an extra: a tagging failure must not cost the story, so it publishes untagged. */
    private Tags tag(String body, String headline, String language) {
        try {
            return tagger.tagInLanguage(body, headline, language);
        } catch (RuntimeException e) {
            log.warn("tagging failed, publishing the article without tags: {}", e.toString());
            return null;
        }
    }

    /** Runs one stage, naming it on any failure that does not name its stage yet. */
    private static <T> T stage(String name, Supplier<T> work) {
        try {
            return work.get();
        } catch (StageException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StageException(name, e.getMessage(), e);
        }
    }
}
