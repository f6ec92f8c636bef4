package id.satuatap.workflow.instance;

import id.satuatap.web.Page;
import id.satuatap.web.PageRequest;
import id.satuatap.web.TimeCursor;
import id.satuatap.workflow.ProcessKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.NativeHistoricProcessInstanceQuery;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The running process instances, oldest first, for the overview of coordinators and admins. The runtime table has
 * no start time, so the rows are the history's, joined to the running root executions; one plain statement through
 * the engine's native query, paged after the (start time, id) of the previous page's last row.
 */
@ApplicationScoped
public class RunningInstanceList {

    @Inject HistoryService history;
    @Inject ProcessKeys processKeys;

    /**
     * Each criterion narrows the list; null leaves it open. {@code candidateGroup} and {@code overdue} look at the
     * instance's open tasks: one offered to that group, one whose due date has passed (true) or none (false).
     */
    public record Filter(String processKey, String processDefinitionId, String activityId, String candidateGroup,
                         Boolean overdue, String businessKey) {
    }

    public Page<InstanceSummary> list(Filter filter, PageRequest page) {
        var sql = new StringBuilder("SELECT H.* FROM ACT_HI_PROCINST H JOIN ACT_RU_EXECUTION E ON E.ID_ = H.ID_"
                + " AND E.PROC_INST_ID_ = E.ID_ WHERE 1 = 1");
        var parameters = new ArrayList<Object>();
        if (filter.processKey() != null) {
            sql.append(" AND H.PROC_DEF_KEY_ = ").append(parameter(parameters, filter.processKey()));
        }
        if (filter.processDefinitionId() != null) {
            sql.append(" AND H.PROC_DEF_ID_ = ").append(parameter(parameters, filter.processDefinitionId()));
        }
        if (filter.businessKey() != null) {
            sql.append(" AND E.BUSINESS_KEY_ = ").append(parameter(parameters, filter.businessKey()));
        }
        if (filter.activityId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM ACT_RU_EXECUTION A WHERE A.PROC_INST_ID_ = H.ID_ AND A.ACT_ID_ = ")
                    .append(parameter(parameters, filter.activityId())).append(')');
        }
        if (filter.candidateGroup() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM ACT_RU_TASK T JOIN ACT_RU_IDENTITYLINK I ON I.TASK_ID_ = T.ID_"
                    + " AND I.TYPE_ = 'candidate' WHERE T.PROC_INST_ID_ = H.ID_ AND I.GROUP_ID_ = ")
                    .append(parameter(parameters, filter.candidateGroup())).append(')');
        }
        if (filter.overdue() != null) {
            sql.append(filter.overdue() ? " AND EXISTS" : " AND NOT EXISTS")
                    .append(" (SELECT 1 FROM ACT_RU_TASK T WHERE T.PROC_INST_ID_ = H.ID_ AND T.DUE_DATE_ < ")
                    .append(parameter(parameters, ClockUtil.getCurrentTime())).append(')');
        }
        TimeCursor after = TimeCursor.parse(page.cursorValue());
        if (after != null) {
            String at = parameter(parameters, Date.from(after.at()));
            sql.append(" AND (H.START_TIME_ > ").append(at).append(" OR (H.START_TIME_ = ").append(at)
                    .append(" AND H.ID_ > ").append(parameter(parameters, after.id())).append("))");
        }
        sql.append(" ORDER BY H.START_TIME_ ASC, H.ID_ ASC");
        NativeHistoricProcessInstanceQuery query = history.createNativeHistoricProcessInstanceQuery().sql(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.parameter("p" + i, parameters.get(i));
        }
        List<HistoricProcessInstance> rows = query.listPage(0, page.limit() + 1);
        return page.keyPage(rows.stream().map(this::summary).toList(),
                instance -> TimeCursor.of(instance.started(), instance.id()));
    }

    private InstanceSummary summary(HistoricProcessInstance row) {
        var key = processKeys.of(row.getProcessDefinitionId());
        return new InstanceSummary(row.getId(), row.getProcessDefinitionId(), key.key(), key.version(),
                row.getBusinessKey(), row.getStartTime().toInstant(),
                HistoricProcessInstance.STATE_SUSPENDED.equals(row.getState()));
    }

    private static String parameter(List<Object> parameters, Object value) {
        parameters.add(value);
        return "#{p" + (parameters.size() - 1) + "}";
    }
}
