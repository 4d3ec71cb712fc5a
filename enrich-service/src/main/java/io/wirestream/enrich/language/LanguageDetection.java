package io.wirestream.enrich.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Stage 4: the language of an article as a BCP 47 tag. The body decides when it is long enough; a
 * short body falls to the headline, read with the short-text profiles; when neither is certain
 * enough the provider's declared language stands. Profiles load once, in the constructor, so build
 * one instance per process.
 */
public final class LanguageDetection {

    public static final String STAGE = "language";
    private static final int MIN_HEADLINE_CHARS = 12;
    /** The languages the library ships short-text profiles for. */
    private static final List<String> SHORT_TEXT_PROFILES = List.of(
            "cs", "da", "de", "en", "es", "fi", "fr", "id", "it", "nl", "no", "pl", "pt", "ro", "sv", "tr", "vi");

    private final LanguageDetector longText;
    private final LanguageDetector shortText;
    private final TextObjectFactory longTextFactory = CommonTextObjectFactories.forDetectingOnLargeText();
    private final TextObjectFactory shortTextFactory = CommonTextObjectFactories.forDetectingShortCleanText();
    private final int minBodyChars;
    private final double minProbability;

    public LanguageDetection(int minBodyChars, double minProbability) {
        this.minBodyChars = minBodyChars;
        this.minProbability = minProbability;
        LanguageProfileReader reader = new LanguageProfileReader();
        try {
            longText = detector(reader.readAllBuiltIn());
            shortText = detector(reader.read("languages.shorttext", SHORT_TEXT_PROFILES));
        } catch (IOException e) {
            throw new UncheckedIOException("built-in language profiles are missing from the classpath", e);
        }
    }

    private static LanguageDetector detector(List<LanguageProfile> profiles) {
        return LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
    }

    /** The language tag, or null when nothing is certain and nothing was declared. */
    public String detect(String headline, String body, String declared) {
        String found = null;
        if (body != null && body.strip().length() >= minBodyChars) {
            found = best(longText.getProbabilities(longTextFactory.forText(body)));
        } else if (headline != null && headline.strip().length() >= MIN_HEADLINE_CHARS) {
            String text = body == null ? headline : headline + ". " + body;
            found = best(shortText.getProbabilities(shortTextFactory.forText(text)));
        }
        if (found != null) {
            return found;
        }
        return declared == null || declared.isBlank() ? null : declared.strip();
    }

    private String best(List<DetectedLanguage> candidates) {
        return candidates.stream()
                .filter(c -> c.getProbability() >= minProbability)
                .findFirst()
                .map(c -> c.getLocale().toString())
                .orElse(null);
    }
}
