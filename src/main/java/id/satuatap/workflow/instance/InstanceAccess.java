package id.satuatap.workflow.instance;

import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import id.satuatap.workflow.EngineRows;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may look into a process instance: admins and coordinators, and staff with a task in it — an open task
 * assigned to them or offered to one of their groups, or any task they were assigned to.
 *
 * <p>One plain indexed statement. The engine's task query with the assignee-or-group alternative built its large
 * dynamic SQL through OGNL twice per call, and with the historic task count that was half of a clerk's read of an
 * instance.
 */
@ApplicationScoped
public class InstanceAccess {

    @Inject AgroalDataSource dataSource;

    public boolean maySee(CurrentUser user, String processInstanceId) {
        if (user.isAny(Role.ADMIN, Role.COORDINATOR)) {
            return true;
        }
        if (user.is(Role.WORKER)) {
            return false;
        }
        List<String> groups = user.groupList();
        String offeredToTheirGroups = groups.isEmpty() ? "" : " OR EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK I"
                + " WHERE I.TASK_ID_ = T.ID_ AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN (" + EngineRows.placeholders(groups.size()) + "))";
        // The task history holds open tasks too, so "assigned to them, now or before" is one indexed lookup there.
        String sql = "SELECT 1 FROM ACT_HI_TASKINST H WHERE H.PROC_INST_ID_ = ? AND H.ASSIGNEE_ = ?"
                + " UNION ALL SELECT 1 FROM ACT_RU_TASK T WHERE T.PROC_INST_ID_ = ? AND (T.ASSIGNEE_ = ?" + offeredToTheirGroups + ")";
        List<String> parameters = new ArrayList<>(List.of(processInstanceId, user.username(), processInstanceId, user.username()));
        parameters.addAll(groups);
        return EngineRows.exists(dataSource, sql, parameters);
    }
}
