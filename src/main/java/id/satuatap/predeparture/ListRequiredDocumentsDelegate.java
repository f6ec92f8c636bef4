package id.satuatap.predeparture;

import id.satuatap.document.DocumentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.List;

/**
 * Puts the documents of a phase (input parameter {@code documentPhase}: IDENTITY or DESK_SERVICES) in
 * {@code requiredDocuments}, the collection of the next multi-instance call activity.
 */
@Named("listRequiredDocuments")
@ApplicationScoped
public class ListRequiredDocumentsDelegate implements JavaDelegate {

    @Inject PredepartureConfig config;

    @Override
    public void execute(DelegateExecution execution) {
        String phase = (String) execution.getVariableLocal("documentPhase");
        List<DocumentType> documents = switch (phase) {
            case "IDENTITY" -> config.identityDocuments();
            case "DESK_SERVICES" -> config.deskDocuments();
            default -> throw new IllegalArgumentException("Unknown document phase " + phase);
        };
        RequiredDocuments.set(execution, documents);
    }
}
