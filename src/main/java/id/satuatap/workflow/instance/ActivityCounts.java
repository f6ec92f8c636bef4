package id.satuatap.workflow.instance;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the running instances of one process version stand, per activity: how many wait there, how many of its
 * open tasks are past their due date (on the engine's clock), and how many incidents are open there.
 */
@ApplicationScoped
public class ActivityCounts {

    @Inject ManagementService management;
    @Inject AgroalDataSource dataSource;

    public record ActivityCount(String activityId, long waiting, long overdue, long incidents) {
    }

    @Schema(name = "ActivityCounts", description = "Where the running instances of one process version stand")
    public record Counts(String processDefinitionId, List<ActivityCount> activities) {
    }

    public Counts of(String processDefinitionId) {
        Map<String, long[]> counts = new TreeMap<>();
        for (ActivityStatistics statistics : management.createActivityStatisticsQuery(processDefinitionId)
                .includeIncidents().list()) {
            long[] row = counts.computeIfAbsent(statistics.getId(), id -> new long[3]);
            row[0] = statistics.getInstances();
            row[2] = statistics.getIncidentStatistics().stream().mapToLong(IncidentStatistics::getIncidentCount).sum();
        }
        String sql = "SELECT TASK_DEF_KEY_, COUNT(*) FROM ACT_RU_TASK WHERE PROC_DEF_ID_ = ? AND DUE_DATE_ < ?"
                + " GROUP BY TASK_DEF_KEY_";
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setString(1, processDefinitionId);
            statement.setTimestamp(2, new Timestamp(ClockUtil.getCurrentTime().getTime()));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.computeIfAbsent(rows.getString(1), id -> new long[3])[1] = rows.getLong(2);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the engine's tables failed", e);
        }
        List<ActivityCount> activities = new ArrayList<>();
        counts.forEach((id, row) -> activities.add(new ActivityCount(id, row[0], row[1], row[2])));
        return new Counts(processDefinitionId, activities);
    }
}
