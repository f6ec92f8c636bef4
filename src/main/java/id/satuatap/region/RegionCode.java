package id.satuatap.region;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code in its canonical form: digits only (province 2, regency 4, district 6, village 10).
 * Clients may write it with the dots of the regulation's tables ({@code 32.09.30.2008}); it is stored and
 * answered without them ({@code 3209302008}), the form the regency codes of this API always had.
 */
public record RegionCode(String value, RegionLevel level) {

    private static final Pattern DOTTED = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");
    private static final Pattern PLAIN = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{10}");

    /** The canonical code, or empty when the text has neither form. */
    public static Optional<RegionCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if (!PLAIN.matcher(trimmed).matches() && !DOTTED.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        String digits = trimmed.replace(".", "");
        return RegionLevel.ofLength(digits.length()).map(level -> new RegionCode(digits, level));
    }

    /** The code of the area this one lies in at the given (higher) level. */
    public String at(RegionLevel higher) {
        return value.substring(0, Math.min(higher.digits(), value.length()));
    }

    public boolean within(String ancestor) {
        return ancestor != null && value.startsWith(ancestor);
    }
}
