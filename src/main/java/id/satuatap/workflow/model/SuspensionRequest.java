package id.satuatap.workflow.model;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Suspend ({@code true}) or activate ({@code false}) a process version. */
public record SuspensionRequest(
        @NotNull Boolean suspended,
        @Schema(description = "Also suspend or activate the version's running instances (default false)")
        Boolean includeInstances) {

    public boolean instancesToo() {
        return Boolean.TRUE.equals(includeInstances);
    }
}
