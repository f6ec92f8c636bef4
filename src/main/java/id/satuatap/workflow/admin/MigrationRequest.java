package id.satuatap.workflow.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Move running instances from one process version to another, mapping activities with equal ids. */
public record MigrationRequest(
        @NotBlank String sourceDefinitionId,
        @NotBlank String targetDefinitionId,
        @Schema(description = "Instances to move; all or none of them move. Without it, every instance of the source "
                + "version that can move does, and the others are reported.")
        @Size(max = 10000) List<@NotBlank String> processInstanceIds,
        @Schema(description = "Only report the plan and which instances could move (default false)")
        Boolean dryRun,
        @Schema(description = "Run as a background batch (true), in the request (false), or by the number of instances "
                + "(absent)")
        Boolean async) {

    public boolean onlyReport() {
        return Boolean.TRUE.equals(dryRun);
    }
}
