package id.satuatap.web;

import id.satuatap.problem.ApiException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Position in a list ordered by (time, id): the key of the last row seen, so rows added or removed before it never
 * shift later pages.
 */
public record TimeCursor(Instant at, String id) {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    public static TimeCursor parse(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split("\\|", 2);
        if (parts.length != 2) {
            throw refused();
        }
        return new TimeCursor(instant(parts[0]), parts[1]);
    }

    /**
     * The time of a cursor, within the years a database timestamp holds: {@code +1000000000-01-01T00:00:00Z}
     * parses as an Instant but overflows on its way to the database.
     */
    public static Instant instant(String text) {
        try {
            Instant at = Instant.parse(text);
            if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
                throw refused();
            }
            return at;
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
