package id.satuatap.workflow.task;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.SQLException;
import java.util.*;

/**
 * Candidate groups of many tasks in one query. The engine API reads the identity links of one task at a time,
 * which made a task list page cost one query per task.
 */
@ApplicationScoped
public class CandidateGroups {

    @Inject AgroalDataSource dataSource;

    /** Sorted candidate groups by task id; tasks without candidate groups are absent. */
    public Map<String, List<String>> of(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT TASK_ID_, GROUP_ID_ FROM ACT_RU_IDENTITYLINK WHERE TYPE_ = 'candidate' "
                + "AND GROUP_ID_ IS NOT NULL AND TASK_ID_ IN (" + "?,".repeat(taskIds.size() - 1) + "?)";
        Map<String, List<String>> groups = new HashMap<>();
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (String id : taskIds) {
                statement.setString(index++, id);
            }
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    groups.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading candidate groups failed", e);
        }
        groups.values().forEach(Collections::sort);
        return groups;
    }

    List<String> of(String taskId) {
        return of(List.of(taskId)).getOrDefault(taskId, List.of());
    }
}
