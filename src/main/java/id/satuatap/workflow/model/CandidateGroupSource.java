package id.satuatap.workflow.model;

import java.util.Set;

/**
 * Contributes group codes a model may name in {@code camunda:candidateGroups}. Every CDI bean of this type
 * counts, so a capability that keeps its own organisations (a partner directory) adds its codes by
 * implementing this interface, without the workflow package knowing it.
 */
public interface CandidateGroupSource {

    Set<String> candidateGroups();
}
