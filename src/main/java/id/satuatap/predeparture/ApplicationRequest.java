package id.satuatap.predeparture;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A worker's application for placement abroad. */
public record ApplicationRequest(
        @NotBlank String workerId,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code, e.g. HK") String destinationCountry,
        @NotNull @Pattern(regexp = "[A-Z][A-Z_]{1,47}", message = "must be an UPPER_SNAKE sector code, e.g. DOMESTIC_WORK")
        String sector,
        @NotBlank @Size(max = 150) String jobTitle,
        @NotBlank @Size(max = 200) String employerName,
        @NotNull PlacementScheme scheme,
        @Size(max = 64) String placementAgencyLicense,
        @Valid Sponsor sponsor) {
}
