package id.satuatap.workflow;

import id.satuatap.workflow.model.KnownGroups;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.sql.SQLException;
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * Engine figures for Prometheus: open tasks per candidate group, overdue tasks, open incidents and the
 * backlog of jobs waiting for the job executor. All gauges read one snapshot that is at most
 * {@code satuatap.engine.metrics-max-age} old, so frequent scrapes cost four queries per interval, not per gauge.
 */
@ApplicationScoped
public class EngineMetrics {

    /** The engine API has only a report of unassigned tasks by group; claimed tasks are still open work of the desk. */
    private static final String OPEN_TASKS_BY_GROUP = "SELECT I.GROUP_ID_, COUNT(*) FROM ACT_RU_TASK T "
            + "JOIN ACT_RU_IDENTITYLINK I ON I.TASK_ID_ = T.ID_ "
            + "WHERE I.TYPE_ = 'candidate' AND I.GROUP_ID_ IS NOT NULL GROUP BY I.GROUP_ID_";

    record Snapshot(Map<String, Long> openByGroup, long overdue, long incidents, long executableJobs) {
    }

    @Inject MeterRegistry registry;
    @Inject AgroalDataSource dataSource;
    @Inject TaskService tasks;
    @Inject RuntimeService runtime;
    @Inject ManagementService management;
    @Inject EngineConfig config;
    @Inject KnownGroups knownGroups;

    private final Set<String> groupsWithGauge = ConcurrentHashMap.newKeySet();
    private Expiring<Snapshot> snapshot;

    void onStart(@Observes @Priority(40) StartupEvent event) {
        snapshot = new Expiring<>(this::read, config.metricsMaxAge(), System::nanoTime);
        gauge("satuatap.tasks.overdue", "Open tasks whose due date has passed", Snapshot::overdue);
        gauge("satuatap.incidents.open", "Open incidents (failed jobs and other stuck executions)", Snapshot::incidents);
        gauge("satuatap.jobs.executable", "Jobs due now and waiting for the job executor", Snapshot::executableJobs);
        // Known groups get a series from the start, so a desk with no work shows 0 instead of no data.
        QuarkusTransaction.requiringNew().call(knownGroups::all).forEach(this::groupGauge);
    }

    private void gauge(String name, String description, ToDoubleFunction<Snapshot> value) {
        Gauge.builder(name, this, metrics -> value.applyAsDouble(metrics.snapshot.get()))
                .description(description).register(registry);
    }

    private void groupGauge(String group) {
        if (groupsWithGauge.add(group)) {
            Gauge.builder("satuatap.tasks.open", this,
                            metrics -> metrics.snapshot.get().openByGroup().getOrDefault(group, 0L))
                    .description("Open tasks offered to a candidate group (desk or partner), claimed or not")
                    .tag("group", group).register(registry);
        }
    }

    private Snapshot read() {
        Snapshot read = QuarkusTransaction.requiringNew().call(() -> new Snapshot(openTasksByGroup(),
                tasks.createTaskQuery().dueBefore(ClockUtil.getCurrentTime()).count(),
                runtime.createIncidentQuery().count(),
                management.createJobQuery().executable().count()));
        // Groups that appeared since start-up get their series from the first scrape that sees them.
        read.openByGroup().keySet().forEach(this::groupGauge);
        return read;
    }

    private Map<String, Long> openTasksByGroup() throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement(OPEN_TASKS_BY_GROUP);
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }
}
