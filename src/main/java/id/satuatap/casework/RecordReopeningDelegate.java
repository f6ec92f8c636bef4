package id.satuatap.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A reopened case goes back to follow-up or, with new facts, to triage; its earlier outcome is kept on the timeline only. */
@ApplicationScoped
@Named("recordReopening")
public class RecordReopeningDelegate implements JavaDelegate {

    @Inject CaseSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        boolean retriage = Boolean.TRUE.equals(execution.getVariable(CaseFiles.RETRIAGE));
        CaseRecord record = steps.caseOf(execution);
        record.status = CaseStatus.IN_PROGRESS;
        record.outcome = null;
        record.wagesRecovered = null;
        record.closedAt = null;
        execution.removeVariable("wagesRecovered");
        // The gateway after this step reads it; a reopening message without it means no new facts.
        execution.setVariable(CaseFiles.RETRIAGE, retriage);
        steps.record(execution, record, TimelineStep.REOPENED, retriage ? "retriage" : null);
    }
}
