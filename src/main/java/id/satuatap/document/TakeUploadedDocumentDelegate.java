package id.satuatap.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * At the start of a verification: takes the document of its type uploaded earlier (at intake), if there is one,
 * so the desk starts with it attached. Sets {@code documentUploadedEarlier}, and {@code documentId} and
 * {@code redFlag} as the upload message would.
 */
@Named("takeUploadedDocument")
@ApplicationScoped
public class TakeUploadedDocumentDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        var earlier = Document.waitingForStep((String) execution.getVariable("applicationId"),
                DocumentType.valueOf((String) execution.getVariable("documentType")));
        execution.setVariable("documentUploadedEarlier", earlier.isPresent());
        earlier.ifPresent(document -> {
            document.verificationInstanceId = execution.getProcessInstanceId();
            execution.setVariable("documentId", document.id);
            execution.setVariable("redFlag", document.raisesRedFlag());
        });
    }
}
