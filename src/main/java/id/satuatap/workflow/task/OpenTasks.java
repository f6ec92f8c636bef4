package id.satuatap.workflow.task;

import id.satuatap.workflow.model.StepDeclarations;

import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import id.satuatap.web.TimeCursor;
import id.satuatap.workflow.ProcessKeys;
import id.satuatap.workflow.RunningInstances;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every open user task, whoever it is offered to: the overview of coordinators and admins. One plain statement
 * through the engine's native task query, as {@link VisibleTaskRows} does for a clerk's own list, and paged the
 * same way: after the (creation time, id) of the previous page's last row.
 */
@ApplicationScoped
public class OpenTasks {

    @Inject TaskService tasks;
    @Inject StepDeclarations steps;
    @Inject RunningInstances runningInstances;
    @Inject CandidateGroups candidateGroups;
    @Inject ProcessKeys processKeys;

    /**
     * Each criterion narrows the list; null leaves it open. {@code overdue} true keeps tasks whose due date has
     * passed on the engine's clock, false those without or not yet due.
     */
    public record Filter(String processKey, String processDefinitionId, String activityId, String candidateGroup,
                         Boolean overdue, String businessKey) {
    }

    public Page<TaskView> list(Filter filter, PageRequest page, Locale locale) {
        List<String> instances = null;
        if (filter.businessKey() != null) {
            instances = runningInstances.withBusinessKey(filter.businessKey());
            if (instances.isEmpty()) {
                return new Page<>(List.of(), null);
            }
        }
        var sql = new StringBuilder("SELECT RES.* FROM ACT_RU_TASK RES");
        var parameters = new ArrayList<Object>();
        if (filter.processKey() != null) {
            sql.append(" JOIN ACT_RE_PROCDEF D ON D.ID_ = RES.PROC_DEF_ID_ AND D.KEY_ = ")
                    .append(parameter(parameters, filter.processKey()));
        }
        sql.append(" WHERE 1 = 1");
        if (filter.processDefinitionId() != null) {
            sql.append(" AND RES.PROC_DEF_ID_ = ").append(parameter(parameters, filter.processDefinitionId()));
        }
        if (filter.activityId() != null) {
            sql.append(" AND RES.TASK_DEF_KEY_ = ").append(parameter(parameters, filter.activityId()));
        }
        if (instances != null) {
            sql.append(" AND RES.PROC_INST_ID_ IN (").append(String.join(", ",
                    instances.stream().map(id -> parameter(parameters, id)).toList())).append(')');
        }
        if (filter.candidateGroup() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK I WHERE I.TASK_ID_ = RES.ID_"
                    + " AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ = ").append(parameter(parameters, filter.candidateGroup())).append(')');
        }
        if (filter.overdue() != null) {
            String now = parameter(parameters, ClockUtil.getCurrentTime());
            sql.append(filter.overdue() ? " AND RES.DUE_DATE_ < " + now
                    : " AND (RES.DUE_DATE_ IS NULL OR RES.DUE_DATE_ >= " + now + ")");
        }
        TimeCursor after = TimeCursor.parse(page.cursorValue());
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
        List<Task> rows = query.listPage(0, page.limit() + 1);
        Map<String, String> keys = runningInstances.businessKeys(rows.stream().map(Task::getProcessInstanceId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, List<String>> groups = candidateGroups.of(rows.stream().map(Task::getId).toList());
        return page.keyPage(rows.stream().map(t -> new TaskView(t.getId(), t.getName(), t.getTaskDefinitionKey(),
                        t.getProcessDefinitionId() == null ? null : processKeys.of(t.getProcessDefinitionId()).key(),
                        t.getProcessInstanceId(), keys.get(t.getProcessInstanceId()),
                        groups.getOrDefault(t.getId(), List.of()), t.getAssignee(), t.getCreateTime().toInstant(),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                        steps.name(t.getProcessDefinitionId(), t.getTaskDefinitionKey(), locale).orElse(null))).toList(),
                task -> TimeCursor.of(task.created(), task.id()));
    }

    private static String parameter(List<Object> parameters, Object value) {
        parameters.add(value);
        return "#{p" + (parameters.size() - 1) + "}";
    }
}
