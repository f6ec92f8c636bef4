package id.satuatap.workflow.task;

import java.util.Map;

/** Values of the task's form fields, by field id. */
public record CompleteTaskRequest(Map<String, Object> variables) {
}
