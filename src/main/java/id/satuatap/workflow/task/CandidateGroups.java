package id.satuatap.workflow.task;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import id.satuatap.workflow.EngineRows;
import jakarta.inject.Inject;

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
        Map<String, List<String>> groups = new HashMap<>();
        EngineRows.whereIdIn(dataSource, "SELECT TASK_ID_, GROUP_ID_ FROM ACT_RU_IDENTITYLINK "
                + "WHERE TYPE_ = 'candidate' AND GROUP_ID_ IS NOT NULL AND TASK_ID_", taskIds,
                row -> groups.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row.getString(2)));
        groups.values().forEach(Collections::sort);
        return groups;
    }

    List<String> of(String taskId) {
        return of(List.of(taskId)).getOrDefault(taskId, List.of());
    }
}
