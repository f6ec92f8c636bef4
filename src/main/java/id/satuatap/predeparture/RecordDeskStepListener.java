package id.satuatap.predeparture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Puts a completed desk or partner step of pre-departure on the application's timeline. */
@Named("recordDeskStep")
@ApplicationScoped
public class RecordDeskStepListener implements TaskListener {

    @Inject Timeline timeline;

    @Override
    public void notify(DelegateTask task) {
        DeskTaskFacts facts = DeskTaskFacts.of(task);
        Object counselling = task.getVariable("counselling");
        // The counselling offer is the one step whose outcome the worker chooses; the timeline says which.
        String outcome = "offer-counselling".equals(task.getTaskDefinitionKey()) && counselling != null ? counselling.toString() : null;
        timeline.record(facts.applicationId(), TimelineEvent.STEP_COMPLETED,
                new Timeline.Detail(facts.subject(), null, facts.desk(), task.getAssignee(), outcome));
    }
}
