package id.satuatap.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Keeps what the urgent responders did (as a restricted note) and whether the person is safe now. */
@ApplicationScoped
@Named("recordUrgentResponse")
public class RecordUrgentResponseDelegate implements JavaDelegate {

    @Inject CaseSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        CaseRecord record = steps.caseOf(execution);
        steps.note(execution, record, "actionTaken");
        steps.record(execution, record, TimelineStep.URGENT_RESPONSE, "personSafe=" + execution.getVariable("personSafe"));
    }
}
