package id.satuatap.workflow.task;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A field of a task's form, from the model's {@code camunda:formField}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormFieldView(String id, String label, String type, boolean required, List<Option> values) {

    /** One allowed value of an enum field. */
    public record Option(String id, String name) {
    }
}
