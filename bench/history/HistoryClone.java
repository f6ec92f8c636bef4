import java.sql.*;
import java.util.*;

/**
 * Multiplies one completed pre-departure application in a stopped app's H2 data dir into COUNT completed
 * applications (the seed and COUNT-1 copies), with set-based SQL: the seed's rows of every engine history table
 * and every domain table are copied into BENCH_SEED_* tables, then re-inserted with INSERT ... SELECT over
 * SYSTEM_RANGE, a batch of copies per statement. Run with H2 on the class path:
 *   java -cp h2.jar bench/history/HistoryClone.java DATA_DIR COUNT [BATCH]
 *
 * Copy n gets new ids by replacing the last 12 hex digits of every value that ends in a UUID (engine ids, domain
 * ids, business key, "activity:uuid" ids, audit details) with n: the engine's time-based UUIDs and the domain's
 * random ones differ from each other before those digits, so the copies stay unique and every reference between
 * rows stays consistent. Definition and deployment ids are shared, not renamed. The worker's NIK gets district
 * 3209(16+n/9999) and serial 1+n%9999 (birth date and sex unchanged, so the NIK still agrees with the record;
 * live load uses district 320915); the ID PMI number gets n. Copy n happened n minutes before the seed.
 */
public class HistoryClone {

    static final String UUID_END = "'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'";

    public static void main(String[] args) throws Exception {
        // If a fill stops half-way, the engine's indexes dropped for it are in DATA_DIR/bench-dropped-indexes.sql.
        if (args.length < 2) {
            System.err.println("usage: java -cp h2.jar bench/history/HistoryClone.java DATA_DIR COUNT [BATCH]");
            System.exit(2);
        }
        long count = Long.parseLong(args[1]);
        long batch = args.length > 2 ? Long.parseLong(args[2]) : 100;
        long compactEvery = Long.getLong("compact.every", 10_000);
        if (count - 1 > 9999L * 84) throw new IllegalArgumentException("at most " + (9999L * 84 + 1) + " (NIK districts 16-99)");
        var clone = new HistoryClone(java.nio.file.Path.of(args[0]));
        try {
            clone.run(count, batch, compactEvery);
        } finally {
            clone.close();
        }
    }

    final java.nio.file.Path dataDir;
    final String url;
    Connection db;

    HistoryClone(java.nio.file.Path dataDir) throws SQLException {
        this.dataDir = dataDir;
        // RETENTION_TIME=0: H2 may reuse the space of old versions at once; the fill keeps no snapshot to protect.
        this.url = "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/satuatap;CACHE_SIZE=262144;RETENTION_TIME=0;DB_CLOSE_ON_EXIT=FALSE";
        open();
    }

    /**
     * The URL's CACHE_SIZE is a setting H2 keeps in the database file: left at the fill's 256 MB, the service would run
     * on the filled data dir with a page cache 16 times H2's default (16 MB) inside its 512 MB heap, and its
     * collections, not the history, would make the growth figures (measured: 10,000 applications, full collections of
     * 350-500 ms instead of 210-290 ms, write p99 1.5x).
     */
    void close() throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("SET CACHE_SIZE 16384");
        }
        db.close();
    }

    void open() throws SQLException {
        db = DriverManager.getConnection(url, "sa", "");
        db.setAutoCommit(false);
    }

    /**
     * H2 leaves the space of the fill's transactions to be reclaimed later; on a 2-core machine it never catches up
     * and the file grows to ~6x its data. SHUTDOWN COMPACT rewrites it; done every so many copies, it bounds the disk.
     */
    void compact() throws SQLException {
        long t = System.nanoTime();
        try (Statement st = db.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        }
        db.close();
        open();
        System.out.printf("  compacted in %.0f s: %,d MiB%n", (System.nanoTime() - t) / 1e9, dataDir.resolve("satuatap.mv.db").toFile().length() >> 20);
    }

    record Seed(String application, String worker, String root, String nik, String pmi) {
    }

    void run(long count, long batch, long compactEvery) throws Exception {
        Seed seed = seed();
        // The eligibility decision is evaluated before the process starts, so it has no process instance; the seed
        // is the only application of the data dir, so every such decision is its own.
        String eligibility = "SELECT ID_ FROM ACT_HI_DECINST WHERE ROOT_PROC_INST_ID_ IS NULL AND DEC_DEF_KEY_ = 'placement-eligibility'";
        String documents = "SELECT ID FROM PD_DOCUMENT WHERE APPLICATION_ID = " + q(seed.application);
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : strings("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND (TABLE_NAME LIKE 'ACT\\_HI\\_%' OR TABLE_NAME = 'ACT_GE_BYTEARRAY') AND COLUMN_NAME = 'ROOT_PROC_INST_ID_' ORDER BY TABLE_NAME")) {
            String where = "ROOT_PROC_INST_ID_ = " + q(seed.root);
            if (table.equals("ACT_HI_DECINST")) where += " OR ID_ IN (" + eligibility + ")";
            if (table.equals("ACT_HI_DEC_IN") || table.equals("ACT_HI_DEC_OUT")) where += " OR DEC_INST_ID_ IN (" + eligibility + ")";
            tables.put(table, where);
        }
        tables.put("WORKER", "ID = " + q(seed.worker));
        tables.put("WORKER_FAMILY_MEMBER", "WORKER_ID = " + q(seed.worker));
        tables.put("WORKER_EVENT", "WORKER_ID = " + q(seed.worker));
        tables.put("PD_APPLICATION", "ID = " + q(seed.application));
        tables.put("PD_DOCUMENT", "APPLICATION_ID = " + q(seed.application));
        tables.put("PD_DOCUMENT_CHECK", "DOCUMENT_ID IN (" + documents + ")");
        tables.put("PD_DOCUMENT_FILE", "DOCUMENT_ID IN (" + documents + ")");
        tables.put("PD_TIMELINE_ENTRY", "APPLICATION_ID = " + q(seed.application));
        tables.put("PD_RED_FLAG", "APPLICATION_ID = " + q(seed.application));
        tables.put("AUDIT_ENTRY", "SUBJECT_ID IN (" + q(seed.application) + ", " + q(seed.worker) + ") OR SUBJECT_ID IN (" + documents + ")");

        Map<String, String> inserts = new LinkedHashMap<>();
        long rowsPerCopy = 0;
        List<String> indexes = new ArrayList<>();
        long started;
        try (Statement st = db.createStatement()) {
            // Per copy number, the strings its values are made of, computed once.
            st.execute("DROP TABLE IF EXISTS BENCH_COPY");
            st.execute("CREATE TABLE BENCH_COPY (X BIGINT PRIMARY KEY, N12 VARCHAR(12), N10 VARCHAR(10), DISTRICT VARCHAR(2), SERIAL VARCHAR(4))"
                    + " AS SELECT X, LPAD(CAST(X AS VARCHAR), 12, '0'), LPAD(CAST(X AS VARCHAR), 10, '0'),"
                    + " LPAD(CAST(16 + (X - 1) / 9999 AS VARCHAR), 2, '0'), LPAD(CAST(1 + MOD(X - 1, 9999) AS VARCHAR), 4, '0')"
                    + " FROM SYSTEM_RANGE(1, " + Math.max(1, count - 1) + ")");
            for (var table : tables.entrySet()) {
                String copy = "BENCH_SEED_" + table.getKey();
                st.execute("DROP TABLE IF EXISTS " + copy);
                st.execute("CREATE TABLE " + copy + " AS SELECT * FROM " + table.getKey() + " WHERE " + table.getValue());
                long rows = number("SELECT COUNT(*) FROM " + copy);
                if (rows == 0) {
                    st.execute("DROP TABLE " + copy);
                    continue;
                }
                rowsPerCopy += rows;
                inserts.put(table.getKey(), insert(table.getKey(), copy, seed));
                System.out.printf("  %-22s %5d rows per application%n", table.getKey(), rows);
            }
            // The engine's history tables carry up to 15 secondary indexes each: inserting into all of them row by
            // row is most of the fill's time; H2 rebuilds an index over existing rows by sorting, far faster.
            try (ResultSet rs = st.executeQuery("SCRIPT NODATA")) {
                while (rs.next()) {
                    String ddl = rs.getString(1);
                    for (String table : inserts.keySet()) {
                        if (table.startsWith("ACT_HI_") && ddl.startsWith("CREATE INDEX ") && ddl.contains(" ON \"PUBLIC\".\"" + table + "\"(")) {
                            indexes.add(ddl);
                        }
                    }
                }
            }
            java.nio.file.Files.write(dataDir.resolve("bench-dropped-indexes.sql"), indexes);
            for (String ddl : indexes) st.execute("DROP INDEX " + ddl.substring("CREATE INDEX ".length(), ddl.indexOf(" ON ")));
            db.commit();
        }
        started = System.nanoTime();
        Map<String, Long> spent = new TreeMap<>();
        long sinceCompact = 0;
        for (long from = 1; from < count; from += batch) {
            long to = Math.min(count - 1, from + batch - 1);
            if (sinceCompact >= compactEvery) {
                compact();
                sinceCompact = 0;
            }
            sinceCompact += to - from + 1;
            try (Statement st = db.createStatement()) {
                for (var insert : inserts.entrySet()) {
                    long t = System.nanoTime();
                    st.executeUpdate(insert.getValue().replace("?FROM", String.valueOf(from)).replace("?TO", String.valueOf(to)));
                    spent.merge(insert.getKey(), System.nanoTime() - t, Long::sum);
                }
            }
            db.commit();
            double s = (System.nanoTime() - started) / 1e9;
            System.out.printf("  %,d of %,d copies, %,d rows, %.0f s (%,.0f rows/s)%n", to, count - 1, to * rowsPerCopy, s, to * rowsPerCopy / s);
        }
        spent.forEach((table, nanos) -> System.out.printf("  %-22s %6.1f s inserting%n", table, nanos / 1e9));
        try (Statement st = db.createStatement()) {
            long indexing = System.nanoTime();
            for (String ddl : indexes) {
                long t = System.nanoTime();
                st.execute(ddl);
                db.commit();
                System.out.printf("  index %s rebuilt in %.0f s%n", ddl.substring("CREATE INDEX ".length(), ddl.indexOf(" ON ")),
                        (System.nanoTime() - t) / 1e9);
            }
            java.nio.file.Files.delete(dataDir.resolve("bench-dropped-indexes.sql"));
            System.out.printf("  %d indexes rebuilt in %.0f s%n", indexes.size(), (System.nanoTime() - indexing) / 1e9);
            for (String table : inserts.keySet()) st.execute("DROP TABLE BENCH_SEED_" + table);
            st.execute("DROP TABLE BENCH_COPY");
            db.commit();
            System.out.printf("cloned: %,d completed applications in history (seed + %,d copies), %,d rows, %.0f s%n",
                    number("SELECT COUNT(*) FROM PD_APPLICATION WHERE STATUS = 'READY_TO_DEPART'"), count - 1,
                    (count - 1) * rowsPerCopy, (System.nanoTime() - started) / 1e9);
        }
        compact();
    }

    /** INSERT ... SELECT of copies ?FROM..?TO of one table, with new ids per copy. */
    String insert(String table, String copy, Seed seed) throws SQLException {
        List<String> columns = new ArrayList<>(), values = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT COLUMN_NAME, DATA_TYPE, IS_IDENTITY FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String column = rs.getString(1), type = rs.getString(2);
                    if ("YES".equals(rs.getString(3))) continue; // identity (feed sequence): numbered anew
                    columns.add(column);
                    values.add(value(copy, column, type, seed));
                }
            }
        }
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
                + " FROM " + copy + " s JOIN BENCH_COPY r ON r.X BETWEEN ?FROM AND ?TO";
    }

    /**
     * The value of one column for copy r.X. Which seed values end in a UUID is decided once per seed row (columns
     * C__U and C__P of the seed table), not per copy: a regular expression per value would dominate the fill.
     */
    String value(String copy, String column, String type, Seed seed) throws SQLException {
        String c = "s." + column;
        if (type.startsWith("TIMESTAMP")) return "DATEADD(MINUTE, -r.X, " + c + ")";
        if (!type.equals("CHARACTER VARYING")) return c;
        List<String> cases = new ArrayList<>();
        if (seed.nik != null && has(copy, column + " = " + q(seed.nik))) {
            cases.add("WHEN " + c + " = " + q(seed.nik) + " THEN '3209' || r.DISTRICT || " + q(seed.nik.substring(6, 12)) + " || r.SERIAL");
        }
        if (seed.pmi != null && has(copy, column + " = " + q(seed.pmi))) {
            cases.add("WHEN " + c + " = " + q(seed.pmi) + " THEN " + q(seed.pmi.substring(0, 9)) + " || r.N10");
        }
        // Definitions and deployments are shared by every instance.
        boolean shared = column.contains("DEF_ID") || column.contains("DEPLOYMENT_ID") || column.equals("DEC_REQ_ID_");
        if (!shared && has(copy, "REGEXP_LIKE(" + column + ", " + UUID_END + ")")) {
            try (Statement st = db.createStatement()) {
                st.execute("ALTER TABLE " + copy + " ADD COLUMN " + column + "__P VARCHAR(64)");
                st.execute("UPDATE " + copy + " SET " + column + "__P = LEFT(" + column + ", CHAR_LENGTH(" + column + ") - 12) WHERE REGEXP_LIKE("
                        + column + ", " + UUID_END + ")");
            }
            cases.add("WHEN " + c + "__P IS NOT NULL THEN " + c + "__P || r.N12");
        }
        return cases.isEmpty() ? c : "CASE " + String.join(" ", cases) + " ELSE " + c + " END";
    }

    Seed seed() throws SQLException {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT a.ID, a.WORKER_ID, a.PROCESS_INSTANCE_ID, w.NIK, a.ID_PMI_NUMBER FROM PD_APPLICATION a"
                     + " JOIN WORKER w ON w.ID = a.WORKER_ID WHERE a.STATUS = 'READY_TO_DEPART' ORDER BY a.CREATED_AT")) {
            if (!rs.next()) throw new IllegalStateException("no READY_TO_DEPART application to clone in this data dir");
            Seed seed = new Seed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
            if (number("SELECT COUNT(*) FROM PD_APPLICATION") != 1) {
                throw new IllegalStateException("the seed data dir must hold exactly one application, the completed one");
            }
            return seed;
        }
    }

    boolean has(String table, String condition) throws SQLException {
        return number("SELECT COUNT(*) FROM " + table + " WHERE " + condition) > 0;
    }

    long number(String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    static String q(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
