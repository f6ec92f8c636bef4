package id.satuatap.document;

import id.satuatap.predeparture.Timeline;
import id.satuatap.predeparture.TimelineEvent;
import id.satuatap.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.time.Instant;
import java.util.Set;

/**
 * Records the desk's decision on the document (form fields {@code decision} and {@code reason}): verified, rejected,
 * or a suspicion (SUSPECTED_FORGERY, TRAFFICKING_INDICATORS) that the model turns into a red flag. A rejection or
 * suspicion without a reason is refused: the worker must learn what to fix, the coordinator what was seen.
 */
@Named("recordDeskDecision")
@ApplicationScoped
public class RecordDeskDecisionDelegate implements JavaDelegate {

    /** Decisions that raise a red flag of the same name. */
    static final Set<String> SUSPICIONS = Set.of("SUSPECTED_FORGERY", "TRAFFICKING_INDICATORS");

    @Inject Timeline timeline;

    @Override
    public void execute(DelegateExecution execution) {
        String documentId = (String) execution.getVariable("documentId");
        String decision = (String) execution.getVariable("decision");
        boolean verified = "VERIFIED".equals(decision);
        String reason = (String) execution.getVariable("reason");
        if (!verified && (reason == null || reason.isBlank())) {
            throw ApiException.invalid("reason", "is required when rejecting a document or raising a suspicion");
        }
        Document document = Document.findById(documentId);
        if (SUSPICIONS.contains(decision)) {
            // The desk's words go to the red flag (staff only), not to the worker as a rejection reason would.
            document.status = DocumentStatus.FLAGGED;
            execution.setVariable("suspicionReason", reason);
            execution.removeVariable("reason");
            return;
        }
        String actor = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
                : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
        document.status = verified ? DocumentStatus.VERIFIED : DocumentStatus.REJECTED;
        document.rejectionReason = verified ? null : reason;
        document.decidedAt = Instant.now();
        document.decidedBy = actor;
        // The same form is filled again after a resubmission; an old reason must not stick to the next decision.
        execution.removeVariable("reason");
        timeline.record(document.applicationId, verified ? TimelineEvent.DOCUMENT_VERIFIED : TimelineEvent.DOCUMENT_REJECTED,
                new Timeline.Detail(document.type.name(), document.id, (String) execution.getVariable("desk"), actor,
                        document.rejectionReason));
    }
}
