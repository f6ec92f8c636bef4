package id.satuatap.workflow.task;

import java.time.Instant;
import java.util.List;

/** An open user task as a desk or partner client sees it. */
public record TaskView(String id, String name, String taskDefinitionKey, String processKey, String processInstanceId,
                       String businessKey, List<String> candidateGroups, String assignee, Instant created,
                       Instant due) {
}
