package id.satuatap.predeparture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jboss.logging.Logger;

/** The desk SLA reminder (timeout listener): the task is marked urgent and the reminder is on the timeline. */
@Named("remindDesk")
@ApplicationScoped
public class DeskReminderListener implements TaskListener {

    private static final Logger LOG = Logger.getLogger(DeskReminderListener.class);
    private static final int URGENT = 75;

    @Inject Timeline timeline;

    @Override
    public void notify(DelegateTask task) {
        DeskTaskFacts facts = DeskTaskFacts.of(task);
        task.setPriority(Math.max(task.getPriority(), URGENT));
        timeline.record(facts.applicationId(), TimelineEvent.DESK_REMINDED,
                new Timeline.Detail(facts.subject(), null, facts.desk(), null, null));
        LOG.infof("Desk task %s of application %s is past its reminder SLA", task.getId(), facts.applicationId());
    }
}
