package id.satuatap.web;

import id.satuatap.problem.ApiException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * {@code ?limit=&cursor=} of a list endpoint. The cursor is opaque to clients: the key of the last row seen
 * ({@link #keyPage}), or an offset where a list still pages by position ({@link #offsetPage}: incidents, an
 * application's documents, webhook deliveries).
 */
public record PageRequest(int limit, String cursorValue) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(size, cursor == null || cursor.isBlank() ? null : decode(cursor));
    }

    public int offset() {
        if (cursorValue == null) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(cursorValue);
            if (offset < 0) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (NumberFormatException e) {
            throw ApiException.invalid("cursor", "is not a cursor this list gave out");
        }
    }

    /** Builds a page from up to limit+1 rows fetched at {@link #offset()}. */
    public <T> Page<T> offsetPage(List<T> rowsPlusOne) {
        boolean more = rowsPlusOne.size() > limit;
        List<T> items = more ? rowsPlusOne.subList(0, limit) : rowsPlusOne;
        return new Page<>(List.copyOf(items), more ? encode(String.valueOf(offset() + limit)) : null);
    }

    /** Builds a page from up to limit+1 rows fetched after the cursor's key, in key order. */
    public <T> Page<T> keyPage(List<T> rowsPlusOne, Function<T, String> key) {
        boolean more = rowsPlusOne.size() > limit;
        List<T> items = more ? rowsPlusOne.subList(0, limit) : rowsPlusOne;
        return new Page<>(List.copyOf(items), more ? encode(key.apply(items.get(items.size() - 1))) : null);
    }

    public String encode(String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("cursor", "is not a cursor this list gave out");
        }
    }
}
