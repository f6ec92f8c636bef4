package id.satuatap.workflow;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Plain reads of the engine's tables, for the few hot reads where the engine's own queries cost more than the
 * answer (their dynamic SQL is built through OGNL on every call).
 */
public final class EngineRows {

    @FunctionalInterface
    public interface Row {
        void accept(ResultSet row) throws SQLException;
    }

    private EngineRows() {
    }

    /** Whether {@code sql} finds a row, with {@code parameters} bound in order. */
    public static boolean exists(DataSource dataSource, String sql, Collection<String> parameters) {
        try (var connection = dataSource.getConnection(); var statement = prepare(connection, sql, parameters)) {
            statement.setMaxRows(1);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the engine's tables failed", e);
        }
    }

    /** {@code ?, ?, ?} for an {@code IN} list of {@code count} values (at least one). */
    public static String placeholders(int count) {
        return "?,".repeat(count - 1) + "?";
    }

    /** Runs {@code select} followed by {@code IN (ids)} and hands each row to {@code row}; nothing for no ids. */
    public static void whereIdIn(DataSource dataSource, String select, Collection<String> ids, Row row) {
        if (ids.isEmpty()) {
            return;
        }
        String sql = select + " IN (" + placeholders(ids.size()) + ")";
        try (var connection = dataSource.getConnection(); var statement = prepare(connection, sql, ids)) {
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.accept(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the engine's tables failed", e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Collection<String> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            int index = 1;
            for (String parameter : parameters) {
                statement.setString(index++, parameter);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
