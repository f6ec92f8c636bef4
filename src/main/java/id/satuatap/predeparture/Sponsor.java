package id.satuatap.predeparture;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who accompanied or sponsored the person at the counter: family, a recruiter (sponsor, PL), a broker (calo).
 * Recorded with the application so that a protection case can name them when the application is refused or
 * stopped; all optional but the name and the relation.
 */
public record Sponsor(
        @NotBlank @Size(max = 150) String name,
        @NotNull Relation relation,
        @Size(max = 20) @Pattern(regexp = "\\+?[0-9 -]{6,20}", message = "must be a phone number") String phone,
        @Size(max = 64) String placementAgencyLicense) {

    public enum Relation {
        FAMILY, RECRUITER, BROKER, OTHER
    }
}
