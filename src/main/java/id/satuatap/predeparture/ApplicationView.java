package id.satuatap.predeparture;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** An application as its worker or LTSA staff see it; the staff-only parts are absent for workers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationView(
        String id, String workerId, String destinationCountry, String sector, String jobTitle, String employerName,
        PlacementScheme scheme, String placementAgencyLicense, ApplicationStatus status, Stage stage,
        @Schema(description = "Where the application stands, in plain words (Accept-Language: id or en)") String statusText,
        String refusalReason, String idPmiNumber, Instant createdAt, Instant closedAt, String processInstanceId,
        List<Requirement> openRequirements, List<RedFlagView> redFlags, List<TimelineItem> timeline,
        @Schema(description = "Open tasks of the desks (staff only)") List<OpenTask> openTasks) {

    /** What is still needed before the application can move on. */
    public enum RequirementState { AWAITING_UPLOAD, RESUBMISSION_NEEDED, AWAITING_DESK, AWAITING_STEP }

    /**
     * @param code document type (DOCUMENT) or process step (STEP)
     * @param reason the desk's reason of the last rejection, for RESUBMISSION_NEEDED
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Requirement(String kind, String code, RequirementState state, String desk, String reason, String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RedFlagView(String id, Instant raisedAt, List<String> kinds,
                              @Schema(description = "Which fields of which documents disagree (staff only)") List<String> evidence,
                              @Schema(description = "The desk user who raised it (staff only)") String raisedBy,
                              @Schema(description = "The desk's reason (staff only)") String reason,
                              RedFlag.Resolution resolution, Instant resolvedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimelineItem(Instant at, TimelineEvent event, String subject, String documentId, String desk,
                               String reason, String text, @Schema(description = "Staff only") String actor) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OpenTask(String taskId, String name, String taskDefinitionKey, List<String> candidateGroups,
                           String assignee, Instant created, String documentType,
                           @Schema(description = "The step's name from its model, in the caller's language") String displayName) {
    }
}
