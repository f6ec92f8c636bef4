package id.satuatap.workflow.task;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A task with the form a client renders to complete it; once completed, the record of who completed it and when
 * (its form is then empty).
 */
public record TaskDetail(@JsonUnwrapped TaskView task, List<FormFieldView> form,
                         @Schema(enumeration = {OPEN, COMPLETED}) String state,
                         @Schema(description = "Who completed the task; null while open") String completedBy,
                         @Schema(description = "When the task was completed; null while open") Instant completed) {

    static final String OPEN = "OPEN";
    static final String COMPLETED = "COMPLETED";
}
