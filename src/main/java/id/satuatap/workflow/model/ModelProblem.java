package id.satuatap.workflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One reason a model cannot be deployed, located by file, element id and line where known. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelProblem(String resource, String elementId, Integer line, Integer column, String message) {
}
