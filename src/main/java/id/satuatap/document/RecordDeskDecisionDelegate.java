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

/**
 * Records the desk's verify/reject decision on the document (form fields {@code decision} and {@code reason}).
 * A rejection without a reason is refused: the worker must learn what to fix.
 */
@Named("recordDeskDecision")
@ApplicationScoped
public class RecordDeskDecisionDelegate implements JavaDelegate {

    @Inject Timeline timeline;

    @Override
    public void execute(DelegateExecution execution) {
        String documentId = (String) execution.getVariable("documentId");
        boolean verified = "VERIFIED".equals(execution.getVariable("decision"));
        String reason = (String) execution.getVariable("reason");
        if (!verified && (reason == null || reason.isBlank())) {
            throw ApiException.invalid("reason", "is required when rejecting a document");
        }
        Document document = Document.findById(documentId);
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
