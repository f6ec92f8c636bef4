package id.satuatap.web;

import id.satuatap.problem.ApiException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * ETags. Optimistic concurrency for updatable records: the ETag is the record's version; an update must name the
 * version it was based on in {@code If-Match}, so two clerks editing one record cannot silently overwrite
 * each other. Read-only views are tagged with a digest of their body instead.
 */
public final class ETags {

    private ETags() {
    }

    /** A weak ETag for a body that has no version of its own: the first 128 bits of its SHA-256, in hex. */
    public static String weakDigest(byte[] body) {
        try {
            return "W/\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Refuses an update without If-Match (428) or based on another version (409). */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "precondition-required",
                    "Send If-Match with the ETag of the version you are changing.", List.of());
        }
        String expected = of(currentVersion);
        boolean matches = ifMatch.trim().equals("*") || List.of(ifMatch.split(",")).stream()
                .map(String::trim).map(t -> t.startsWith("W/") ? t.substring(2) : t).anyMatch(expected::equals);
        if (!matches) {
            throw ApiException.conflict("The record changed since you read it (ETag " + expected + "); reload and retry.");
        }
    }
}
