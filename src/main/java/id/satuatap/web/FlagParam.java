package id.satuatap.web;

import id.satuatap.problem.ApiException;

/**
 * A true/false query parameter read by hand: JAX-RS converts a boolean with {@code Boolean.valueOf}, which takes
 * any word other than "true" as false, so a typo would silently mean no.
 */
public final class FlagParam {

    private FlagParam() {
    }

    public static boolean parse(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalid(parameter, "must be true or false");
        };
    }
}
