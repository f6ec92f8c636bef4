package id.satuatap.workflow.instance;

import java.time.Instant;

/** A running process instance in a list: which version it runs on, its business key, since when, whether suspended. */
public record InstanceSummary(String id, String processDefinitionId, String processKey, int version,
                              String businessKey, Instant started, boolean suspended) {
}
