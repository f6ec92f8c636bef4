package id.satuatap.workflow.admin;

import java.time.Instant;

/** An open incident: a job that failed and has no retries left, with where it stopped. */
public record IncidentView(String id, String type, String message, Instant created, String processInstanceId,
                           String businessKey, String activityId, String processDefinitionId, String processKey,
                           Integer processVersion, String jobId) {
}
