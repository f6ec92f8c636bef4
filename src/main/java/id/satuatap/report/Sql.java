package id.satuatap.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one aggregate query with named parameters ({@code :name}) and returns its few rows as maps. Timestamps
 * bind two ways: domain columns are {@code timestamp with time zone} (an {@link Instant} binds as an offset
 * date-time), the engine's are {@code timestamp} written in the JVM's zone (an {@link EngineTime} binds as
 * {@link Timestamp}, as the engine writes them).
 */
final class Sql {

    private static final Pattern NAME = Pattern.compile("(?<![:\\w]):([a-zA-Z]\\w*)");

    private Sql() {
    }

    /** An instant compared with an engine (ACT_*) timestamp column. */
    record EngineTime(Instant instant) {
    }

    static List<Map<String, Object>> rows(Connection connection, String sql, Map<String, Object> parameters) {
        List<Object> values = new ArrayList<>();
        Matcher matcher = NAME.matcher(sql);
        StringBuilder positional = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("no value for :" + name);
            }
            values.add(parameters.get(name));
            matcher.appendReplacement(positional, "?");
        }
        matcher.appendTail(positional);
        try (PreparedStatement statement = connection.prepareStatement(positional.toString())) {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value instanceof Instant instant) {
                    statement.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
                } else if (value instanceof EngineTime time) {
                    statement.setTimestamp(i + 1, Timestamp.from(time.instant()));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c).toLowerCase(), result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("report query failed: " + e.getMessage(), e);
        }
    }
}
