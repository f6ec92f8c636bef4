package id.satuatap.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts meant for people, in Indonesian (the default) or English, from {@code i18n/messages*.properties}.
 */
public final class Messages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final String BUNDLE = "i18n.messages";
    private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    /** Parsed patterns, cloned per use (a MessageFormat is not thread-safe; parsing one was most of a text's cost). */
    private static final Map<Locale, Map<String, MessageFormat>> FORMATS = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** The first supported language the client accepts; Indonesian when it names none we speak. */
    public static Locale pick(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage())) {
                return INDONESIAN;
            }
        }
        return INDONESIAN;
    }

    /** The text for a key, or the key itself when there is none (callers try several keys for one code). */
    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = BUNDLES.computeIfAbsent(locale,
                l -> ResourceBundle.getBundle(BUNDLE, l, Control.NO_FALLBACK_TO_JVM_LOCALE));
        // containsKey, not getString: a status view asks for many keys that do not exist, and an exception each
        // (with its stack trace) made up a large part of a status read's CPU.
        if (!bundle.containsKey(key)) {
            return key;
        }
        if (args.length == 0) {
            return bundle.getString(key);
        }
        MessageFormat format = FORMATS.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale));
        return ((MessageFormat) format.clone()).format(args);
    }

    /** The base bundle is Indonesian, so the JVM's own locale must never be preferred over it. */
    private static final class Control extends ResourceBundle.Control {
        static final Control NO_FALLBACK_TO_JVM_LOCALE = new Control();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
