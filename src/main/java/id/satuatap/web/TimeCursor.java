package id.satuatap.web;

import id.satuatap.problem.ApiException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Position in a list ordered by (time, id): the key of the last row seen, so rows added or removed before it never
 * shift later pages.
 */
public record TimeCursor(Instant at, String id) {

    public static TimeCursor parse(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split("\\|", 2);
        if (parts.length != 2) {
            throw refused();
        }
        try {
            return new TimeCursor(Instant.parse(parts[0]), parts[1]);
        } catch (DateTimeParseException e) {
            throw refused();
        }
    }

    private static ApiException refused() {
        return ApiException.invalid("cursor", "is not a cursor this list gave out");
    }

    public static String of(Instant at, String id) {
        return at + "|" + id;
    }
}
