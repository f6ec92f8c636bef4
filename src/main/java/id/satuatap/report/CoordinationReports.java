package id.satuatap.report;

import id.satuatap.report.CoordinationReport.Row;
import id.satuatap.report.CoordinationReport.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.sql.Connection;
import java.time.Instant;
import java.util.*;

/** Builds the coordination report: the period's figures and the previous period's, cut to what the caller may see. */
@ApplicationScoped
public class CoordinationReports {

    @Inject CoordinationQueries queries;
    @Inject ReportConfig config;

    public CoordinationReport build(Period period, Scope scope, ReportAccess access) {
        // "Now" as the engine sees it, so open and overdue steps agree with its timers (tests drive that clock).
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Period previous = period.previous(config.zone());
        Map<String, Table> current = queries.withConnection(db -> tables(db, period, scope, now));
        Map<String, Table> before = queries.withConnection(db -> tables(db, previous, scope, now));
        List<Section> sections = new ArrayList<>();
        for (String name : ReportColumns.SECTIONS) {
            sections.add(section(name, current.get(name), before.get(name), scope, access));
        }
        return new CoordinationReport(period.from(), period.to(), previous.from(), previous.to(),
                scope.regionPrefix(), scope.country(), now, sections);
    }

    private Map<String, Table> tables(Connection db, Period period, Scope scope, Instant now) {
        Map<String, Table> tables = new HashMap<>();
        tables.put("desks", queries.desks(db, period, scope, now));
        tables.put("partners", queries.partners(db, period, scope));
        tables.put("handoffs", queries.handoffs(db, period, scope));
        tables.put("predeparture", queries.predeparture(db, period, scope));
        tables.put("cases", queries.cases(db, period, scope));
        return tables;
    }

    private Section section(String name, Table current, Table before, Scope scope, ReportAccess access) {
        List<String> columns = ReportColumns.VALUES.get(name);
        Map<Map<String, String>, Map<String, Object>> previousByKey = new HashMap<>();
        before.lines().forEach(line -> previousByKey.put(line.key(), line.values()));
        List<Row> rows = new ArrayList<>();
        for (Table.Line line : current.lines()) {
            if (access.sees(name, line.key())) {
                boolean suppress = scope.regional() && ReportColumns.sensitive(name, line.key());
                rows.add(row(line.key(), columns, line.values(), previousByKey.getOrDefault(line.key(), Map.of()), suppress));
            }
        }
        Row total = row(Map.of(), columns, current.total(), before.total(), false);
        return new Section(name, ReportColumns.KEYS.get(name), columns, rows, total);
    }

    private Row row(Map<String, String> key, List<String> columns, Map<String, Object> values, Map<String, Object> previous,
                    boolean suppress) {
        Map<String, Object> now = new LinkedHashMap<>();
        Map<String, Object> then = new LinkedHashMap<>();
        Map<String, Object> change = new LinkedHashMap<>();
        for (String column : columns) {
            Object value = values.get(column);
            // A row the previous period did not have counted nothing then.
            Object old = ReportColumns.CURRENT_ONLY.contains(column) ? null
                    : previous.containsKey(column) ? previous.get(column) : value instanceof Long ? (Object) 0L : null;
            if (suppress) {
                value = small(value);
                old = small(old);
            }
            now.put(column, value);
            then.put(column, old);
            change.put(column, value instanceof Number a && old instanceof Number b ? difference(a, b) : null);
        }
        return new Row(key, now, then, change);
    }

    /**
     * A count below the limit becomes "<n"; the durations of such a row are withheld with it, since a median of
     * few cases is close to one person's story.
     */
    private Object small(Object value) {
        if (value instanceof Long count) {
            return count < config.smallCell() ? "<" + config.smallCell() : count;
        }
        return null;
    }

    private static Number difference(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x - y;
        }
        return Math.round((a.doubleValue() - b.doubleValue()) * 1000) / 1000.0;
    }
}
