package id.satuatap.workflow.task;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/** A task with the form a client renders to complete it. */
public record TaskDetail(@JsonUnwrapped TaskView task, List<FormFieldView> form) {
}
