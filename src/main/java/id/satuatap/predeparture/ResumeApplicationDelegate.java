package id.satuatap.predeparture;

import id.satuatap.document.Document;
import id.satuatap.document.DocumentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The red flag was unfounded: the application runs again and its document goes back to the desk. */
@Named("resumeApplication")
@ApplicationScoped
public class ResumeApplicationDelegate implements JavaDelegate {

    @Inject ApplicationOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        Application application = outcomes.of(execution);
        application.status = ApplicationStatus.IN_PROGRESS;
        Document document = Document.findById((String) execution.getVariable("documentId"));
        if (document != null && document.status == DocumentStatus.FLAGGED) {
            document.status = DocumentStatus.SUBMITTED;
        }
    }
}
