package id.satuatap.tip;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /tips. Nothing names a victim. {@code anonymous} keeps the reporter from partners; a tip sent by
 * nobody signed in is always anonymous.
 */
public record TipRequest(
        @NotBlank @Size(max = 4000) String description,
        String villageCode,
        String regencyCode,
        @Size(max = 200) String recruiterName,
        @Size(max = 64) String placementAgencyLicense,
        @Size(max = 200) String contact,
        Boolean anonymous) {
}
