package id.satuatap.web;

import id.satuatap.problem.ApiException;

import java.util.Arrays;

/**
 * An enum query parameter read by hand: JAX-RS answers a value it cannot convert with 404, but a bad filter
 * is a bad request (400 naming the parameter).
 */
public final class EnumParam {

    private EnumParam() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
