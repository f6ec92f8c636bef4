package id.satuatap.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** What the coordinator arranged when no partner was left (a restricted note). */
@ApplicationScoped
@Named("recordArrangement")
public class RecordArrangementDelegate implements JavaDelegate {

    @Inject CaseSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        CaseRecord record = steps.caseOf(execution);
        steps.note(execution, record, "arrangement");
        steps.record(execution, record, TimelineStep.REFERRAL_ARRANGED, "service=" + execution.getVariable("service"));
    }
}
