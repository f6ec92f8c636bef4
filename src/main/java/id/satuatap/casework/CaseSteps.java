package id.satuatap.casework;

import id.satuatap.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What the case-handling delegates share: finding the case of an execution, and keeping restricted notes. */
@ApplicationScoped
public class CaseSteps {

    @Inject CaseTimeline timeline;

    public CaseRecord caseOf(DelegateExecution execution) {
        String caseId = (String) execution.getVariable("caseId");
        CaseRecord record = CaseRecord.findById(caseId);
        if (record == null) {
            throw new IllegalStateException("Process " + execution.getProcessInstanceId() + " names no known case");
        }
        return record;
    }

    public void record(DelegateExecution execution, CaseRecord record, TimelineStep step, String detail) {
        timeline.record(record.id, step, ProcessActor.of(execution), detail);
    }

    /** Free text from a form goes into a note (restricted), never into the timeline everybody with access reads. */
    public void note(DelegateExecution execution, CaseRecord record, String formField) {
        String text = (String) execution.getVariable(formField);
        // Optional form fields are left out, not cleared, by later submissions: a stale value must not come back.
        execution.removeVariable(formField);
        if (text == null || text.isBlank()) {
            return;
        }
        if (text.length() > 4000) {
            throw ApiException.invalid(formField, "must be at most 4000 characters");
        }
        var note = new CaseNote();
        note.caseId = record.id;
        note.at = CaseClock.now();
        note.author = ProcessActor.of(execution);
        note.text = text.trim();
        note.persist();
    }
}
