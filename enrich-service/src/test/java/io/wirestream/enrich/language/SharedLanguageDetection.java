package io.wirestream.enrich.language;

/** One detector for all tests in a JVM: loading the profiles takes a moment. */
public final class SharedLanguageDetection {

    private static LanguageDetection instance;

    private SharedLanguageDetection() {
    }

    public static synchronized LanguageDetection get() {
        if (instance == null) {
            instance = new LanguageDetection(60, 0.85);
        }
        return instance;
    }
}
