package id.satuatap.predeparture;

import id.satuatap.document.DocumentType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;

import java.util.ArrayList;
import java.util.Collection;

/**
 * The {@code requiredDocuments} collection of a multi-instance call activity. It is transient: the engine reads
 * it once, right after it is set and before any wait state, and a persisted list would need Java serialization,
 * which the engine rightly refuses.
 */
final class RequiredDocuments {

    static final String VARIABLE = "requiredDocuments";

    private RequiredDocuments() {
    }

    static void set(DelegateExecution execution, Collection<DocumentType> documents) {
        var names = new ArrayList<String>();
        documents.forEach(d -> names.add(d.name()));
        execution.getProcessInstance().setVariable(VARIABLE, Variables.objectValue(names, true).create());
    }
}
