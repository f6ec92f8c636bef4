package id.satuatap.workflow;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

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
    public static boolean exists(DataSource dataSource, String sql, List<String> parameters) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            statement.setMaxRows(1);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the engine's tables failed", e);
        }
    }

    /** Runs {@code select} followed by {@code IN (ids)} and hands each row to {@code row}; nothing for no ids. */
    public static void whereIdIn(DataSource dataSource, String select, Collection<String> ids, Row row) {
        if (ids.isEmpty()) {
            return;
        }
        String sql = select + " IN (" + "?,".repeat(ids.size() - 1) + "?)";
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (String id : ids) {
                statement.setString(index++, id);
            }
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    row.accept(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the engine's tables failed", e);
        }
    }
}
