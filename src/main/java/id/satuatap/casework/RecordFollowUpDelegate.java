package id.satuatap.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

@ApplicationScoped
@Named("recordFollowUp")
public class RecordFollowUpDelegate implements JavaDelegate {

    @Inject CaseSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        CaseRecord record = steps.caseOf(execution);
        steps.note(execution, record, "followUpNote");
        steps.record(execution, record, TimelineStep.FOLLOWED_UP, "readyToClose=" + execution.getVariable("readyToClose"));
    }
}
