package id.satuatap.workflow.task;

import id.satuatap.web.TimeCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * One page of the active tasks a caller may work on, as one plain SQL statement through the engine's native task
 * query. The engine's task query with the same criteria built its large dynamic SQL through OGNL on every call,
 * twice with the assignee-or-candidate alternative: more than half of a task list's CPU went into writing the SQL.
 * The rows are those of that query: active, and assigned to the caller or unassigned with a candidate group of
 * theirs; oldest first, ties by id. A page starts after the (creation time, id) of the previous page's last row, not
 * at an offset: tasks completed meanwhile would otherwise shift unseen tasks onto pages already read.
 */
@ApplicationScoped
public class VisibleTaskRows {

    @Inject TaskService tasks;

    /** Whose tasks: assigned to {@code assignee} and/or unassigned with one of {@code candidateGroups} (either may be empty). */
    public record Who(String assignee, Collection<String> candidateGroups) {
    }

    /**
     * @param processInstanceIds only tasks of these instances; null for any instance (never empty)
     * @param processKey only tasks of this process; null for any
     * @param after the key of the last row of the previous page; null for the first page
     */
    public List<Task> page(Who who, List<String> processInstanceIds, String processKey, TimeCursor after, int limit) {
        var sql = new StringBuilder("SELECT RES.* FROM ACT_RU_TASK RES");
        var parameters = new ArrayList<Object>();
        if (processKey != null) {
            sql.append(" JOIN ACT_RE_PROCDEF D ON D.ID_ = RES.PROC_DEF_ID_ AND D.KEY_ = ").append(parameter(parameters, processKey));
        }
        sql.append(" WHERE RES.SUSPENSION_STATE_ = 1");
        if (processInstanceIds != null) {
            sql.append(" AND RES.PROC_INST_ID_ IN (").append(parameters(parameters, processInstanceIds)).append(')');
        }
        List<String> alternatives = new ArrayList<>(2);
        if (who.assignee() != null) {
            alternatives.add("RES.ASSIGNEE_ = " + parameter(parameters, who.assignee()));
        }
        if (!who.candidateGroups().isEmpty()) {
            alternatives.add("(RES.ASSIGNEE_ IS NULL AND EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK I WHERE I.TASK_ID_ = RES.ID_"
                    + " AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN (" + parameters(parameters, who.candidateGroups()) + ")))");
        }
        if (alternatives.isEmpty()) {
            return List.of();
        }
        sql.append(" AND (").append(String.join(" OR ", alternatives)).append(')');
        if (after != null) {
            String at = parameter(parameters, Date.from(after.at()));
            sql.append(" AND (RES.CREATE_TIME_ > ").append(at).append(" OR (RES.CREATE_TIME_ = ").append(at)
                    .append(" AND RES.ID_ > ").append(parameter(parameters, after.id())).append("))");
        }
        sql.append(" ORDER BY RES.CREATE_TIME_ ASC, RES.ID_ ASC");
        NativeTaskQuery query = tasks.createNativeTaskQuery().sql(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.parameter("p" + i, parameters.get(i));
        }
        return query.listPage(0, limit);
    }

    private static String parameters(List<Object> parameters, Collection<String> values) {
        return String.join(", ", values.stream().map(value -> parameter(parameters, value)).toList());
    }

    private static String parameter(List<Object> parameters, Object value) {
        parameters.add(value);
        return "#{p" + (parameters.size() - 1) + "}";
    }
}
