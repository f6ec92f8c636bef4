package id.satuatap.partner;

import jakarta.validation.constraints.*;

import java.util.Set;

/** Body of POST and PUT /partners. On PUT the code comes from the path and may be left out of the body. */
public record PartnerRequest(
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "must be 2-32 upper-case letters, digits or _") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnerType type,
        @NotNull Set<@NotNull ServiceKind> services,
        Set<@Pattern(regexp = "\\d{4}", message = "must be a 4-digit regency code") String> regencyCodes,
        Set<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String> countries,
        Set<@Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code") String> languages,
        Set<@NotBlank @Size(max = 64) String> affiliations,
        @NotNull @Min(0) @Max(100000) Integer capacity,
        Boolean active) {
}
