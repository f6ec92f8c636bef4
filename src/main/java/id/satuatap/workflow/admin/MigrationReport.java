package id.satuatap.workflow.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The plan of a migration and what happens (or would happen) to each instance. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MigrationReport(
        String sourceDefinitionId,
        String targetDefinitionId,
        @Schema(description = "DRY_RUN, MIGRATED (done in the request) or SUBMITTED (running as a batch)")
        Outcome outcome,
        List<Instruction> instructions,
        @Schema(description = "Instances that can move (dry run), have moved, or are moving in the batch")
        List<String> movable,
        @Schema(description = "Instances that cannot move and stay untouched, with the reasons")
        List<Refusal> refused,
        @Schema(description = "Whether every movable instance was checked by a trial migration; large migrations "
                + "check only that each current activity is mapped")
        boolean fullyChecked,
        @Schema(description = "The batch to follow at /api/v1/admin/migrations/{batchId}")
        String batchId) {

    public enum Outcome { DRY_RUN, MIGRATED, SUBMITTED }

    public record Instruction(String sourceActivityId, String targetActivityId) {
    }

    public record Refusal(String processInstanceId, List<String> reasons) {
    }
}
