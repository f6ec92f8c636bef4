package id.satuatap.casework;

import id.satuatap.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Closes the case with its outcome; recovered wages need their amount, and only they have one. */
@ApplicationScoped
@Named("recordClosure")
public class RecordClosureDelegate implements JavaDelegate {

    @Inject CaseSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        Outcome outcome = Outcome.valueOf((String) execution.getVariable("outcome"));
        Long amount = (Long) execution.getVariable("wagesRecovered");
        if (outcome == Outcome.WAGES_RECOVERED && (amount == null || amount <= 0)) {
            throw ApiException.invalid("wagesRecovered", "is required and positive when wages were recovered");
        }
        if (outcome != Outcome.WAGES_RECOVERED && amount != null) {
            throw ApiException.invalid("wagesRecovered", "is only for the outcome WAGES_RECOVERED");
        }
        CaseRecord record = steps.caseOf(execution);
        record.status = CaseStatus.CLOSED;
        record.outcome = outcome;
        record.wagesRecovered = amount;
        record.closedAt = CaseClock.now();
        steps.note(execution, record, "closingNote");
        steps.record(execution, record, TimelineStep.CLOSED, "outcome=" + outcome);
    }
}
