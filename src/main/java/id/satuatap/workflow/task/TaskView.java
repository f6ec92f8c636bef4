package id.satuatap.workflow.task;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** An open user task as a desk or partner client sees it. */
public record TaskView(String id, String name, String taskDefinitionKey, String processKey, String processInstanceId,
                       String businessKey, List<String> candidateGroups, String assignee, Instant created,
                       Instant due,
                       @Schema(description = "The step's name from its model in the caller's language (Accept-Language); "
                               + "null when the model declares none") String displayName) {
}
