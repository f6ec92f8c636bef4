package id.satuatap.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.Map;

/** Writes the triage form onto the case and gives the routing tables their inputs. */
@ApplicationScoped
@Named("applyTriage")
public class ApplyTriageDelegate implements JavaDelegate {

    /** Form field → indicator code kept on the case. */
    private static final Map<String, String> INDICATORS = Map.of(
            "indicatorDeception", "DECEPTION",
            "indicatorDocumentsWithheld", "DOCUMENTS_WITHHELD",
            "indicatorDebtBondage", "DEBT_BONDAGE",
            "indicatorConfinement", "CONFINEMENT",
            "indicatorUnderage", "UNDERAGE");

    @Inject CaseSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        CaseRecord record = steps.caseOf(execution);
        record.category = CaseCategory.valueOf((String) execution.getVariable("category"));
        record.urgent = Boolean.TRUE.equals(execution.getVariable("urgent"));
        INDICATORS.forEach((field, code) -> {
            if (Boolean.TRUE.equals(execution.getVariable(field))) {
                record.traffickingIndicators.add(code);
            }
        });
        String language = (String) execution.getVariable("language");
        if (language != null && !language.isBlank()) {
            record.language = language.trim().toLowerCase();
        }
        String respondent = (String) execution.getVariable("respondent");
        if (respondent != null && !respondent.isBlank()) {
            record.respondent = respondent.trim();
        }
        record.status = CaseStatus.IN_PROGRESS;
        boolean unfounded = Boolean.TRUE.equals(execution.getVariable("unfounded"));
        execution.setVariable("unfounded", unfounded);
        if (unfounded) {
            // Record closure reads the outcome as the "Close case" form would give it.
            execution.setVariable("outcome", Outcome.UNFOUNDED.name());
        }
        execution.setVariable("traffickingSuspected",
                record.category == CaseCategory.TRAFFICKING || !record.traffickingIndicators.isEmpty());
        steps.record(execution, record, TimelineStep.TRIAGED, "category=" + record.category + " urgent=" + record.urgent
                + " legalService=" + execution.getVariable("legalService"));
    }
}
