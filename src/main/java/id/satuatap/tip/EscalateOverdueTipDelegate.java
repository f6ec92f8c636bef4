package id.satuatap.tip;

import id.satuatap.security.Desk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.jboss.logging.Logger;

/**
 * Nobody verified the tip within its SLA: the coordinator joins the verifiers of the open task (the police unit and
 * BP3MI keep it, and the coordinator can chase them or verify it).
 */
@ApplicationScoped
@Named("escalateOverdueTip")
public class EscalateOverdueTipDelegate implements JavaDelegate {

    private static final Logger LOG = Logger.getLogger(EscalateOverdueTipDelegate.class);

    @Override
    public void execute(DelegateExecution execution) {
        Tip tip = Tip.findById(execution.getVariable("tipId"));
        tip.escalated = true;
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        Task verify = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(Tips.VERIFY_TASK).singleResult();
        if (verify != null) {
            tasks.addCandidateGroup(verify.getId(), Desk.COORDINATOR.name());
        }
        LOG.infof("Tip %s not verified in time; coordinator alerted", tip.id);
    }
}
