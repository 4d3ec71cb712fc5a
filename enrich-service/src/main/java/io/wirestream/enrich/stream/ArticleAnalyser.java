package io.wirestream.enrich.stream;

import io.wirestream.contract.RawArticle;
import io.wirestream.enrich.StageException;
import io.wirestream.enrich.article.ArticleBuilder;
import io.wirestream.enrich.dateline.DatelineParser;
import io.wirestream.enrich.decode.RawDecoder;
import io.wirestream.enrich.extract.Extracted;
import io.wirestream.enrich.extract.Extraction;
import io.wirestream.enrich.language.LanguageDetection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The stateless stages in order: decode, extract, dateline, language, build. */
public final class ArticleAnalyser {

    private final RawDecoder decoder = new RawDecoder();
    private final Extraction extraction = new Extraction();
    private final DatelineParser datelines = new DatelineParser();
    private final ArticleBuilder builder = new ArticleBuilder();
    private final LanguageDetection languages;

    public ArticleAnalyser(LanguageDetection languages) {
        this.languages = languages;
    }

    RawArticle decode(byte[] value) {
        return decoder.decode(value);
    }

    ArticleBuilder.Built analyse(RawArticle raw) {
        Extracted extracted = stage(Extraction.STAGE, () -> extraction.extract(raw));
        DatelineParser.Match match = stage(DatelineParser.STAGE, () -> datelines.parse(extracted.paragraphs().getFirst()));
        List<String> paragraphs = new ArrayList<>(extracted.paragraphs());
        paragraphs.set(0, match.rest());
        String language = stage(LanguageDetection.STAGE, () -> languages.detect(
                extracted.headline(), String.join("\n\n", paragraphs), raw.provider().language()));
        return stage(ArticleBuilder.STAGE, () -> builder.build(raw,
                new ArticleBuilder.Findings(extracted.headline(), paragraphs, match.dateline(), language, extracted.page())));
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
