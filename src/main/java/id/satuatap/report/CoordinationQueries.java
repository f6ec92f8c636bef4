package id.satuatap.report;

import id.satuatap.security.Desk;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report's figures, each one aggregate query over the domain tables and the engine's history: nothing is
 * loaded row by row. Medians and 90th percentiles are {@code percentile_cont} (linear interpolation), which H2
 * and PostgreSQL both compute as ordered-set aggregates; durations are seconds from {@code extract(epoch ...)}
 * or the engine's own task duration in milliseconds.
 * <p>
 * Process variables are not kept in the engine's history, so business facts (regency, country, outcomes) come
 * from the domain tables; the engine's history gives the steps: who was offered a task (its candidate groups),
 * when it began and ended, its due date.
 */
@ApplicationScoped
public class CoordinationQueries {

    /** The party of a step: its first candidate group that is not the coordinator (added when a step is escalated). */
    private static final String PARTY = "(select coalesce(min(case when l.GROUP_ID_ <> 'COORDINATOR' then l.GROUP_ID_ end), min(l.GROUP_ID_))"
            + " from ACT_HI_IDENTITYLINK l where l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' and l.OPERATION_TYPE_ = 'add'"
            + " and l.GROUP_ID_ is not null)";
    private static final String DESKS = Arrays.stream(Desk.values()).map(d -> "'" + d.name() + "'").collect(Collectors.joining(","));
    private static final double HOUR = 3600, DAY = 86400;

    @Inject AgroalDataSource dataSource;
    @Inject ReportConfig config;

    /** Runs the queries of one section on one connection. */
    <T> T withConnection(Function<Connection, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            return work.apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("no connection for the report", e);
        }
    }

    private static Map<String, Object> parameters(Period period, Scope scope) {
        Map<String, Object> p = new HashMap<>();
        p.put("start", period.start());
        p.put("end", period.end());
        p.put("startTs", new Sql.EngineTime(period.start()));
        p.put("endTs", new Sql.EngineTime(period.end()));
        scope.bind(p);
        return p;
    }

    /** Restricts engine tasks (alias t) to the processes of the cases and applications in scope. */
    private static String taskScope(Scope scope) {
        if (scope.all()) {
            return "";
        }
        return " and t.ROOT_PROC_INST_ID_ in (select c.process_instance_id from case_record c where " + scope.onCase("c")
                + " union all select a.process_instance_id from pd_application a join worker w on w.id = a.worker_id where "
                + scope.onApplication("a", "w") + ")";
    }

    // --- Desks ---

    Table desks(Connection db, Period period, Scope scope, Instant now) {
        Map<String, Object> p = parameters(period, scope);
        p.put("dueMs", config.deskStepDue().toMillis());
        p.put("nowTs", new Sql.EngineTime(now));
        p.put("dueBeforeTs", new Sql.EngineTime(now.minus(config.deskStepDue())));
        String done = "select t.DURATION_ as duration, t.DUE_DATE_ as due, t.END_TIME_ as ended, " + PARTY + " as party"
                + " from ACT_HI_TASKINST t where t.END_TIME_ >= :startTs and t.END_TIME_ < :endTs and t.DELETE_REASON_ = 'completed'"
                + taskScope(scope);
        String figures = "count(*) as steps, percentile_cont(0.5) within group (order by x.duration) as median_ms,"
                + " percentile_cont(0.9) within group (order by x.duration) as p90_ms,"
                + " count(*) filter (where (x.due is not null and x.ended <= x.due) or (x.due is null and x.duration <= :dueMs)) as within_due";
        String grouped = "select x.party, " + figures + " from (" + done + ") x where x.party in (" + DESKS + ") group by x.party";
        String total = "select " + figures + " from (" + done + ") x where x.party in (" + DESKS + ")";

        String timeline = "select e.desk as party, count(*) filter (where e.event = 'DESK_REMINDED') as reminders,"
                + " count(*) filter (where e.event = 'DESK_ESCALATED') as escalations from pd_timeline_entry e"
                + (scope.all() ? "" : " join pd_application a on a.id = e.application_id join worker w on w.id = a.worker_id")
                + " where e.event in ('DESK_REMINDED', 'DESK_ESCALATED') and e.at >= :start and e.at < :end"
                + (scope.all() ? "" : " and " + scope.onApplication("a", "w")) + " group by e.desk";

        String open = "select x.party, count(*) as open_now, count(*) filter (where (x.due is not null and x.due < :nowTs)"
                + " or (x.due is null and x.started < :dueBeforeTs)) as overdue_now"
                + " from (select t.DUE_DATE_ as due, t.START_TIME_ as started, " + PARTY + " as party from ACT_HI_TASKINST t"
                + " where t.END_TIME_ is null" + taskScope(scope) + ") x where x.party in (" + DESKS + ") group by x.party";

        Map<String, Map<String, Object>> byDesk = new TreeMap<>();
        for (Map<String, Object> r : Sql.rows(db, grouped, p)) {
            byDesk.computeIfAbsent((String) r.get("party"), k -> new LinkedHashMap<>()).putAll(deskFigures(r));
        }
        long reminders = 0, escalations = 0;
        for (Map<String, Object> r : Sql.rows(db, timeline, p)) {
            Map<String, Object> row = byDesk.computeIfAbsent((String) r.get("party"), k -> new LinkedHashMap<>());
            row.put("reminders", count(r.get("reminders")));
            row.put("escalations", count(r.get("escalations")));
            reminders += count(r.get("reminders"));
            escalations += count(r.get("escalations"));
        }
        long openNow = 0, overdueNow = 0;
        for (Map<String, Object> r : Sql.rows(db, open, p)) {
            Map<String, Object> row = byDesk.computeIfAbsent((String) r.get("party"), k -> new LinkedHashMap<>());
            row.put("openNow", count(r.get("open_now")));
            row.put("overdueNow", count(r.get("overdue_now")));
            openNow += count(r.get("open_now"));
            overdueNow += count(r.get("overdue_now"));
        }
        Map<String, Object> totals = deskFigures(Sql.rows(db, total, p).get(0));
        totals.put("reminders", reminders);
        totals.put("escalations", escalations);
        totals.put("openNow", openNow);
        totals.put("overdueNow", overdueNow);
        List<Table.Line> lines = new ArrayList<>();
        byDesk.forEach((desk, values) -> {
            for (String count : List.of("steps", "reminders", "escalations", "openNow", "overdueNow")) {
                values.putIfAbsent(count, 0L);
            }
            lines.add(new Table.Line(Map.of("desk", desk), complete(ReportColumns.DESKS, values)));
        });
        return new Table(lines, complete(ReportColumns.DESKS, totals));
    }

    private static Map<String, Object> deskFigures(Map<String, Object> r) {
        Map<String, Object> v = new LinkedHashMap<>();
        long steps = count(r.get("steps"));
        v.put("steps", steps);
        v.put("medianHours", scaled(r.get("median_ms"), 1000 * HOUR));
        v.put("p90Hours", scaled(r.get("p90_ms"), 1000 * HOUR));
        v.put("withinDueShare", share(count(r.get("within_due")), steps));
        return v;
    }

    // --- Partners ---

    Table partners(Connection db, Period period, Scope scope) {
        Map<String, Object> p = parameters(period, scope);
        String figures = "count(*) as offered, count(*) filter (where r.status in ('ACCEPTED', 'DELIVERED', 'UNDELIVERED')) as accepted,"
                + " count(*) filter (where r.status = 'DECLINED') as declined,"
                + " count(*) filter (where r.status = 'DECLINED' and r.decline_reason is not null) as declined_with_reason,"
                + " count(*) filter (where r.status = 'EXPIRED') as expired,"
                + " percentile_cont(0.5) within group (order by case when r.status in ('ACCEPTED', 'DECLINED', 'DELIVERED', 'UNDELIVERED')"
                + " then extract(epoch from (r.answered_at - r.offered_at)) end) as median_answer_s,"
                + " count(*) filter (where r.status in ('ACCEPTED', 'DECLINED', 'DELIVERED', 'UNDELIVERED') and r.answered_at <= r.due_at) as answered_in_sla,"
                + " count(*) filter (where r.status <> 'OFFERED') as decided,"
                + " count(*) filter (where r.status = 'DELIVERED') as delivered";
        String from = " from referral r join case_record c on c.id = r.case_id where r.offered_at >= :start and r.offered_at < :end and "
                + scope.onCase("c");
        String caseload = "select r.partner_code as party, count(*) as caseload from referral r join case_record c on c.id = r.case_id"
                + " where (r.status = 'OFFERED' or r.status in ('ACCEPTED', 'DELIVERED') and c.status <> 'CLOSED') and " + scope.onCase("c")
                + " group by r.partner_code";
        Map<String, Map<String, Object>> byPartner = new TreeMap<>();
        for (Map<String, Object> r : Sql.rows(db, "select r.partner_code as party, " + figures + from + " group by r.partner_code", p)) {
            byPartner.put((String) r.get("party"), partnerFigures(r));
        }
        long caseloadTotal = 0;
        for (Map<String, Object> r : Sql.rows(db, caseload, p)) {
            byPartner.computeIfAbsent((String) r.get("party"), k -> new LinkedHashMap<>()).put("caseload", count(r.get("caseload")));
            caseloadTotal += count(r.get("caseload"));
        }
        long capacityTotal = 0;
        for (Map<String, Object> r : Sql.rows(db, "select code, capacity from partner", p)) {
            Map<String, Object> row = byPartner.get((String) r.get("code"));
            if (row != null) {
                row.put("capacity", count(r.get("capacity")));
                capacityTotal += count(r.get("capacity"));
            }
        }
        Map<String, Object> totals = partnerFigures(Sql.rows(db, "select " + figures + from, p).get(0));
        totals.put("caseload", caseloadTotal);
        totals.put("capacity", capacityTotal);
        List<Table.Line> lines = new ArrayList<>();
        byPartner.forEach((code, values) -> {
            values.putIfAbsent("caseload", 0L);
            lines.add(new Table.Line(Map.of("partner", code), complete(ReportColumns.PARTNERS, values)));
        });
        return new Table(lines, complete(ReportColumns.PARTNERS, totals));
    }

    private static Map<String, Object> partnerFigures(Map<String, Object> r) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (String column : List.of("offered", "accepted", "declined", "expired")) {
            v.put(column, count(r.get(column)));
        }
        v.put("declinedWithReason", count(r.get("declined_with_reason")));
        v.put("medianHoursToAnswer", scaled(r.get("median_answer_s"), HOUR));
        v.put("answeredWithinSlaShare", share(count(r.get("answered_in_sla")), count(r.get("decided"))));
        v.put("servicesDelivered", count(r.get("delivered")));
        return v;
    }

    // --- Handoffs ---

    Table handoffs(Connection db, Period period, Scope scope) {
        Map<String, Object> p = parameters(period, scope);
        String window = "over (partition by x.root order by x.ended, x.id)";
        String pairs = "select x.party as to_party, lag(x.party) " + window + " as from_party,"
                + " extract(epoch from (x.ended - lag(x.ended) " + window + ")) as gap_s"
                + " from (select t.ID_ as id, t.ROOT_PROC_INST_ID_ as root, t.END_TIME_ as ended, " + PARTY + " as party"
                + " from ACT_HI_TASKINST t where t.END_TIME_ >= :startTs and t.END_TIME_ < :endTs and t.DELETE_REASON_ = 'completed'"
                + taskScope(scope) + ") x";
        String figures = "count(*) as handoffs, percentile_cont(0.5) within group (order by y.gap_s) as median_s";
        String where = " from (" + pairs + ") y where y.from_party is not null and y.to_party is not null and y.from_party <> y.to_party";
        List<Table.Line> lines = new ArrayList<>();
        for (Map<String, Object> r : Sql.rows(db, "select y.from_party, y.to_party, " + figures + where
                + " group by y.from_party, y.to_party order by y.from_party, y.to_party", p)) {
            Map<String, String> key = new LinkedHashMap<>();
            key.put("from", (String) r.get("from_party"));
            key.put("to", (String) r.get("to_party"));
            lines.add(new Table.Line(key, handoffFigures(r)));
        }
        return new Table(lines, handoffFigures(Sql.rows(db, "select " + figures + where, p).get(0)));
    }

    private static Map<String, Object> handoffFigures(Map<String, Object> r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("handoffs", count(r.get("handoffs")));
        v.put("medianHours", scaled(r.get("median_s"), HOUR));
        return v;
    }

    // --- Pre-departure ---

    Table predeparture(Connection db, Period period, Scope scope) {
        Map<String, Object> p = parameters(period, scope);
        String created = "a.created_at >= :start and a.created_at < :end";
        String closed = "a.closed_at >= :start and a.closed_at < :end";
        String figures = "count(*) filter (where " + created + ") as started,"
                + " count(*) filter (where a.status = 'READY_TO_DEPART' and " + closed + ") as ready,"
                + " count(*) filter (where a.status = 'REFUSED' and " + closed + ") as refused,"
                + " count(*) filter (where a.status = 'STOPPED' and " + closed + ") as stopped,"
                + " percentile_cont(0.5) within group (order by case when a.status = 'READY_TO_DEPART' and " + closed
                + " then extract(epoch from (a.closed_at - a.created_at)) end) as median_ready_s";
        String from = " from pd_application a join worker w on w.id = a.worker_id where (" + created + " or " + closed + ") and "
                + scope.onApplication("a", "w");
        List<Table.Line> lines = new ArrayList<>();
        for (Map<String, Object> r : Sql.rows(db, "select coalesce(a.placement_agency_license, '-') as v, " + figures + from
                + " group by coalesce(a.placement_agency_license, '-') order by v", p)) {
            lines.add(line("placementAgency", r, predepartureFigures(r)));
        }
        for (Map<String, Object> r : Sql.rows(db, "select coalesce(a.refusal_reason, '-') as v, count(*) as refused"
                + " from pd_application a join worker w on w.id = a.worker_id where a.status = 'REFUSED' and " + closed + " and "
                + scope.onApplication("a", "w") + " group by coalesce(a.refusal_reason, '-') order by v", p)) {
            lines.add(line("refusalReason", r, onlyCount("refused", r)));
        }
        for (Map<String, Object> r : Sql.rows(db, "select k.kind as v, count(distinct f.application_id) as stopped"
                + " from pd_red_flag f join pd_red_flag_kind k on k.red_flag_id = f.id join pd_application a on a.id = f.application_id"
                + " join worker w on w.id = a.worker_id where f.raised_at >= :start and f.raised_at < :end and "
                + scope.onApplication("a", "w") + " group by k.kind order by v", p)) {
            lines.add(line("redFlag", r, onlyCount("stopped", r)));
        }
        return new Table(lines, predepartureFigures(Sql.rows(db, "select " + figures + from, p).get(0)));
    }

    private static Map<String, Object> predepartureFigures(Map<String, Object> r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("started", count(r.get("started")));
        v.put("readyToDepart", count(r.get("ready")));
        v.put("refused", count(r.get("refused")));
        v.put("stopped", count(r.get("stopped")));
        v.put("medianDaysToReady", scaled(r.get("median_ready_s"), DAY));
        return v;
    }

    private static Map<String, Object> onlyCount(String column, Map<String, Object> r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(column, count(r.get(column)));
        return v;
    }

    // --- Cases ---

    /** The breakdowns of the cases section: name and the SQL expression on case_record c. */
    static final Map<String, String> CASE_DIMENSIONS = dimensions();

    private static Map<String, String> dimensions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("channel", text("c.channel"));
        d.put("category", "coalesce(" + text("c.category") + ", '-')");
        d.put("stage", text("c.stage"));
        d.put("country", "coalesce(c.country, '-')");
        d.put("sex", "coalesce(" + text("c.person_sex") + ", '-')");
        d.put("outcome", "coalesce(" + text("c.outcome") + ", '-')");
        d.put("registeredWorker", "case when c.worker_id is null then 'NO' else 'YES' end");
        return d;
    }

    /** An enum column as text: H2's schema (made by Hibernate) has ENUM types that take no other value, such as '-'. */
    private static String text(String column) {
        return "cast(" + column + " as varchar(32))";
    }

    Table cases(Connection db, Period period, Scope scope) {
        Map<String, Object> p = parameters(period, scope);
        String created = "c.created_at >= :start and c.created_at < :end";
        String closed = "c.closed_at >= :start and c.closed_at < :end";
        String figures = "count(*) filter (where " + created + ") as opened,"
                + " count(*) filter (where c.urgent and " + created + ") as urgent,"
                + " percentile_cont(0.5) within group (order by case when c.urgent and " + created
                + " then extract(epoch from (fr.first_at - c.created_at)) end) as first_response_s,"
                + " count(*) filter (where " + closed + ") as closed,"
                + " percentile_cont(0.5) within group (order by case when " + closed
                + " then extract(epoch from (c.closed_at - c.created_at)) end) as closure_s";
        String from = " from case_record c left join (select e.case_id, min(e.at) as first_at from case_event e"
                + " where e.step = 'URGENT_RESPONSE' group by e.case_id) fr on fr.case_id = c.id"
                + " where (" + created + " or " + closed + ") and " + scope.onCase("c");
        List<Table.Line> lines = new ArrayList<>();
        CASE_DIMENSIONS.forEach((dimension, expression) -> {
            for (Map<String, Object> r : Sql.rows(db, "select " + expression + " as v, " + figures + from + " group by "
                    + expression + " order by v", p)) {
                lines.add(line(dimension, r, caseFigures(r)));
            }
        });
        return new Table(lines, caseFigures(Sql.rows(db, "select " + figures + from, p).get(0)));
    }

    private static Map<String, Object> caseFigures(Map<String, Object> r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("opened", count(r.get("opened")));
        v.put("urgent", count(r.get("urgent")));
        v.put("medianHoursToFirstResponse", scaled(r.get("first_response_s"), HOUR));
        v.put("closed", count(r.get("closed")));
        v.put("medianDaysToClosure", scaled(r.get("closure_s"), DAY));
        return v;
    }

    // --- helpers ---

    private static Table.Line line(String dimension, Map<String, Object> r, Map<String, Object> values) {
        Map<String, String> key = new LinkedHashMap<>();
        key.put("dimension", dimension);
        key.put("value", String.valueOf(r.get("v")));
        return new Table.Line(key, values);
    }

    /** Every column of the section, in its order; figures a row has no query for are null. */
    private static Map<String, Object> complete(List<String> columns, Map<String, Object> values) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String column : columns) {
            row.put(column, values.get(column));
        }
        return row;
    }

    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A duration in the report's unit, to two decimals; null when nothing was measured. */
    static Double scaled(Object value, double unit) {
        return value == null ? null : Math.round(((Number) value).doubleValue() / unit * 100) / 100.0;
    }

    /** A share between 0 and 1, to three decimals; null when there was nothing to share. */
    static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
    }
}
