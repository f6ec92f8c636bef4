package id.satuatap.outreach;

import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

import java.time.LocalDate;
import java.util.Set;

/**
 * Body of POST and PUT /outreach-sessions. {@code holder} (a desk or partner code) is needed only when the caller
 * works for several, or is the coordinator recording for someone else.
 */
public record OutreachRequest(
        @NotNull @PastOrPresent LocalDate heldOn,
        @NotBlank String villageCode,
        @Size(max = 32) String holder,
        @NotEmpty Set<@NotNull OutreachTopic> topics,
        @NotNull @Valid Attendance attendance,
        @Size(max = 2000) String notes) {

    /** Attendance by sex, as counted on the sign-in sheet. */
    public record Attendance(@NotNull @PositiveOrZero @Max(100000) Integer female,
                             @NotNull @PositiveOrZero @Max(100000) Integer male) {
    }
}
