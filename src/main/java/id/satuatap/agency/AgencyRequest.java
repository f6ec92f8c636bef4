package id.satuatap.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

/** Body of POST /agencies and PUT /agencies/{licence} (where {@code licenseNumber} may be left out). */
public record AgencyRequest(
        @Size(min = 1, max = 64) String licenseNumber,
        @NotBlank @Size(max = 200) String name,
        @NotNull AgencyStatus status,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validUntil,
        Set<@NotNull String> branchRegencyCodes) {
}
