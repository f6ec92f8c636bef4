package id.satuatap.predeparture;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import java.util.stream.Collectors;

/** What the timeline says about a desk task: the document it is about (or its step), and its desks. */
record DeskTaskFacts(String applicationId, String subject, String desk) {

    static DeskTaskFacts of(DelegateTask task) {
        Object documentType = task.getVariable("documentType");
        String desk = task.getCandidates().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().collect(Collectors.joining(","));
        return new DeskTaskFacts((String) task.getVariable("applicationId"),
                documentType != null ? documentType.toString() : task.getTaskDefinitionKey(), desk);
    }
}
