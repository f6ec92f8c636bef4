package id.satuatap.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts meant for people, in Indonesian (the default) or English, from {@code i18n/messages*.properties}.
 */
public final class Messages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final String BUNDLE = "i18n.messages";

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

    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Control.NO_FALLBACK_TO_JVM_LOCALE).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
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
