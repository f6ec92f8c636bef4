package id.satuatap.worker;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Name comparison across documents: case, spaces and punctuation differ between a KTP, a passport and a
 * handwritten letter without meaning anything; any other difference is a red flag, never auto-corrected.
 */
public final class PersonNames {

    private PersonNames() {
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && !normalize(a).isEmpty() && normalize(a).equals(normalize(b));
    }

    static String normalize(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
