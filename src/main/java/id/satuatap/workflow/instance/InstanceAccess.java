package id.satuatap.workflow.instance;

import id.satuatap.security.CurrentUser;
import id.satuatap.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;

import java.util.List;

/** Who may look into a process instance: admins and coordinators, and staff with a task in it. */
@ApplicationScoped
public class InstanceAccess {

    @Inject TaskService tasks;
    @Inject HistoryService history;

    public boolean maySee(CurrentUser user, String processInstanceId) {
        if (user.isAny(Role.ADMIN, Role.COORDINATOR)) {
            return true;
        }
        if (user.is(Role.WORKER)) {
            return false;
        }
        List<String> groups = user.groupList();
        var open = tasks.createTaskQuery().processInstanceId(processInstanceId);
        if (groups.isEmpty()) {
            open.taskAssignee(user.username());
        } else {
            open.or().taskAssignee(user.username()).taskCandidateGroupIn(groups).includeAssignedTasks().endOr();
        }
        return open.count() > 0
                || history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .taskAssignee(user.username()).count() > 0;
    }
}
