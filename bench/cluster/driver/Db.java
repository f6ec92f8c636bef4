import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks read the database directly: the API could only say what the node believes. */
final class Db implements AutoCloseable {

    private final Connection connection;

    private Db(Connection connection) {
        this.connection = connection;
    }

    static Db open(Map<String, String> opts) throws SQLException {
        return new Db(DriverManager.getConnection(opts.get("jdbc"), opts.getOrDefault("db-user", "satuatap"),
                opts.getOrDefault("db-password", "satuatap")));
    }

    /** The ids among the given ones that the query ({@code ... = any(?)}) finds. */
    Set<String> found(String sql, Collection<String> ids) throws SQLException {
        Set<String> found = new HashSet<>();
        for (List<String> row : rows(sql, connection.createArrayOf("varchar", ids.toArray()))) {
            found.add(row.get(0));
        }
        return found;
    }

    long count(String sql, Object... params) throws SQLException {
        return Long.parseLong(rows(sql, params).get(0).get(0));
    }

    /** First column to second column as a number, e.g. an id and how often it occurs. */
    Map<String, Long> countBy(String sql, Object... params) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (List<String> row : rows(sql, params)) {
            counts.put(row.get(0), Long.parseLong(row.get(1)));
        }
        return counts;
    }

    /** The first column of every row as epoch milliseconds (timestamps are read in this JVM's zone, as the nodes wrote them). */
    List<Long> millis(String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<Long> values = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getTimestamp(1).getTime());
                }
            }
            return values;
        }
    }

    java.sql.Array array(Collection<String> ids) throws SQLException {
        return connection.createArrayOf("varchar", ids.toArray());
    }

    List<List<String>> rows(String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getString(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
