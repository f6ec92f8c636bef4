package id.satuatap.predeparture;

import id.satuatap.audit.AuditLog;
import id.satuatap.security.Desk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jboss.logging.Logger;

/**
 * The desk SLA escalation (timeout listener): the LTSA head gets the overdue task as a candidate too, so it
 * shows in the coordinator's task list and can be chased or done there.
 */
@Named("escalateToCoordinator")
@ApplicationScoped
public class DeskEscalationListener implements TaskListener {

    private static final Logger LOG = Logger.getLogger(DeskEscalationListener.class);

    @Inject Timeline timeline;
    @Inject AuditLog audit;

    @Override
    public void notify(DelegateTask task) {
        DeskTaskFacts facts = DeskTaskFacts.of(task);
        task.addCandidateGroup(Desk.COORDINATOR.name());
        timeline.record(facts.applicationId(), TimelineEvent.DESK_ESCALATED,
                new Timeline.Detail(facts.subject(), null, facts.desk(), null, null));
        audit.record("system", "TASK_ESCALATED", "TASK", task.getId(), "application " + facts.applicationId());
        LOG.infof("Desk task %s of application %s escalated to the coordinator", task.getId(), facts.applicationId());
    }
}
